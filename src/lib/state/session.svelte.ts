/**
 * The session page's state: which session the address asks for (a program day, the stretch
 * session, practice of one exercise), where its record goes, the player and the camera coach,
 * the safety screen and the high-pain choice, and what the pain after the session changes in
 * the plan. The route only renders what this says.
 *
 * Lifecycle: `open(url)` once the page is in the browser; `start()` from the ready card's tap;
 * `destroy()` when the page goes (the camera stops, the player lets the screen sleep).
 */
import { base } from '$app/paths';
import { cameraChecks } from '$lib/core/posture/checked';
import { MemorySink, type SessionSink } from '$lib/core/player/sink';
import type { Step } from '$lib/core/player/steps';
import { afterSessionCheck } from '$lib/core/program/adapt';
import { findExercise } from '$lib/core/program/catalogue';
import { markDay } from '$lib/core/program/days';
import { HIGH_PAIN_BEFORE } from '$lib/core/program/pause';
import {
	lighterSession,
	practiceSession,
	stretchSession,
	type PlannedSession
} from '$lib/core/program/plan';
import { PROGRAM_DAYS } from '$lib/core/program/weeks';
import { didAnyWork, type PainScore, type SessionRecord } from '$lib/core/records';
import type { RedFlagOutcome } from '$lib/core/safety/red-flags';
import { repositories } from '$lib/storage';
import { IdbSessionSink } from '$lib/storage/session-sink';
import type { CoachState } from './coach.svelte';
import { PlayerState } from './player.svelte';
// Static here, so on this page the store's lazy import of the rules finds them already loaded.
import { sessionSeconds } from './program-rules';
import type { ProgramStore } from './program.svelte';
import type { SettingsState } from './settings.svelte';
import type { StorageState } from './storage.svelte';

export type SessionRequest =
	| { kind: 'day'; day: number | null }
	| { kind: 'stretch' }
	| { kind: 'practice'; exerciseId: string }
	/** ?practice= with an exercise the camera does not check. */
	| { kind: 'unknown-practice'; exerciseId: string };

/**
 * Reads /session?day=N, ?stretch, ?practice=<exercise id>. (The old ?relief address is sent on
 * to /relief by the root layout before this page starts.)
 */
export function parseSessionQuery(params: URLSearchParams): SessionRequest {
	const practice = params.get('practice');
	if (practice !== null) {
		return findExercise(practice) && cameraChecks(practice)
			? { kind: 'practice', exerciseId: practice }
			: { kind: 'unknown-practice', exerciseId: practice };
	}
	if (params.has('stretch')) return { kind: 'stretch' };
	const day = Number(params.get('day'));
	return {
		kind: 'day',
		day: Number.isInteger(day) && day >= 1 && day <= PROGRAM_DAYS ? day : null
	};
}

export interface SessionStateDeps {
	program: ProgramStore;
	settings: SettingsState;
	storage: StorageState;
}

export class SessionState {
	request = $state<SessionRequest | null>(null);
	player = $state<PlayerState | null>(null);
	coach = $state<CoachState | null>(null);
	stop = $state<Extract<RedFlagOutcome, { kind: 'stop' }> | null>(null);
	/** Pain of 7+ before a program day, safety questions clear: relief or a lighter day? */
	highPain = $state<{ pain: PainScore; session: PlannedSession } | null>(null);
	decision = $state<string | null>(null);
	offerRelief = $state(false);
	saveError = $state<string | null>(null);

	#d: SessionStateDeps;

	constructor(deps: SessionStateDeps) {
		this.#d = deps;
	}

	get practice(): boolean {
		return this.request?.kind === 'practice';
	}

	/** The session the address asks for, once the program has loaded. */
	get session(): PlannedSession | null {
		const r = this.request;
		const program = this.#d.program;
		if (!r || !program.loaded) return null;
		if (r.kind === 'stretch') return stretchSession();
		if (r.kind === 'practice') return practiceSession(r.exerciseId);
		if (r.kind !== 'day') return null;
		const day = r.day ?? (program.next?.kind === 'day' ? program.next.day : null);
		return day === null ? null : program.sessionFor(day);
	}

	get title(): string {
		const s = this.session;
		if (s?.kind === 'practice') return s.theme;
		return s?.kind === 'stretch' ? 'Stretch' : `Day ${s?.day ?? ''}`;
	}

	/** The real length: briefings are longer for exercises the person has not done much yet. */
	get seconds(): number {
		const s = this.session;
		return s ? sessionSeconds(s, this.#d.program.familiarity) : 0;
	}

	/** Onboarding or a pause stands in the way of a program day (never of practice or stretch). */
	get blocked(): boolean {
		const program = this.#d.program;
		return (
			this.request?.kind === 'day' && (program.needsOnboarding || program.next?.kind === 'paused')
		);
	}

	/** Some exercise of this session is one the camera checks. */
	get cameraUseful(): boolean {
		return this.session?.items.some((i) => cameraChecks(i.exerciseId)) ?? false;
	}

	/** The camera will watch: practice always, a session when the person asked for it. */
	get cameraWanted(): boolean {
		return this.cameraUseful && (this.practice || this.#d.settings.values.useCamera);
	}

	open(url: URL): SessionRequest {
		this.request = parseSessionQuery(url.searchParams);
		void this.#d.program.load();
		void this.#d.program.loadStreak();
		return this.request;
	}

	/** The ready card's camera choice, remembered; the model starts loading while they read. */
	async useCamera(on: boolean): Promise<void> {
		await this.#d.settings.set('useCamera', on);
		if (on) this.prepareCamera();
		else await this.#dropCoach();
	}

	#coachLoading = false;
	#destroyed = false;

	/**
	 * Loads the worker and model now (on the ready card), so tracking starts quickly later. The
	 * coach and the posture engine are fetched only for a session that uses the camera; if the
	 * session already started, the coach joins it at the current step.
	 */
	prepareCamera(): void {
		if (!this.cameraWanted || this.coach || this.#coachLoading) return;
		this.#coachLoading = true;
		import('./coach.svelte').then(
			({ CoachState }) => {
				this.#coachLoading = false;
				if (this.#destroyed || !this.cameraWanted || this.coach || this.player?.record) return;
				const settings = this.#d.settings;
				const coach = new CoachState({
					assetsBase: `${location.origin}${base}`,
					model: () => settings.values.poseModel,
					cameraId: () => settings.values.cameraId,
					calibration: () => settings.values.calibration
				});
				this.coach = coach;
				void coach.prepare();
				// npm run bench:pose reads the coach's frame timings from the page (?bench only).
				if (new URL(location.href).searchParams.has('bench'))
					(globalThis as { __braceCoach?: CoachState }).__braceCoach = coach;
				const player = this.player;
				if (player) {
					coach.connect(player);
					coach.follow(player.step);
					void coach.attach();
				}
			},
			() => {
				// Only a half-updated install gets here; the session keeps time on its clock.
				this.#coachLoading = false;
			}
		);
	}

	start(pain: PainScore | null, continues?: { id: string; painBefore: PainScore }): void {
		const planned = this.session;
		if (!planned) return;
		this.#play(planned, pain, continues);
	}

	#play(
		planned: PlannedSession,
		pain: PainScore | null,
		continues?: { id: string; painBefore: PainScore }
	): void {
		const { program, settings } = this.#d;
		if (this.cameraWanted) this.prepareCamera();
		const coach = this.coach;
		// Through `this`: a coach still loading joins the player when it arrives.
		const player = new PlayerState({
			session: planned,
			sink: this.#sink(),
			familiarity: program.familiarity,
			voice: () => settings.values,
			onFinished: (record) => void this.#finished(planned, record),
			cameraResult: (step) => this.coach?.resultFor(step) ?? null,
			onStep: (step: Step) => this.coach?.follow(step),
			...(continues ? { continues: { ...continues, adjusted: 'lighter' as const } } : {})
		});
		coach?.connect(player);
		this.player = player;
		// Practice asks no pain; a continued record (the lighter day) already has its answer.
		player.start(planned.kind === 'practice' || continues ? undefined : pain);
		void coach?.attach();
	}

	/** The person turned the camera off mid-session: the session goes on with the clock. */
	async cameraOff(): Promise<void> {
		await this.coach?.off();
	}

	async screened(outcome: Exclude<RedFlagOutcome, { kind: 'incomplete' }>): Promise<void> {
		const { program } = this.#d;
		const player = this.player;
		if (outcome.kind === 'stop') {
			this.stop = outcome;
			player?.destroy();
			await this.#dropCoach();
			await program.recordScreen(outcome.urgency);
			return;
		}
		await program.recordScreen(false);
		const pain = player?.screenPain ?? null;
		const session = this.session;
		// The full planned dose never simply runs on after high pain before a program day.
		if (
			player &&
			session &&
			session.day >= 1 &&
			player.screenWhich === 'before' &&
			pain !== null &&
			pain >= HIGH_PAIN_BEFORE
		) {
			this.highPain = { pain, session };
			player.screenPain = null;
		} else player?.screened();
	}

	/** After high pain: the relief flow (returns true: go there) or a lighter day, now. */
	async choose(kind: 'relief' | 'lighter'): Promise<boolean> {
		const high = this.highPain;
		const player = this.player;
		if (!high || !player) return false;
		await this.#d.program.chooseForHighPain(high.session.day, high.pain, kind);
		const record = player.handOver(kind);
		this.highPain = null;
		if (kind === 'relief') {
			this.player = null;
			await this.#dropCoach();
			return true;
		}
		this.#play(lighterSession(high.session), high.pain, { id: record.id, painBefore: high.pain });
		return false;
	}

	destroy(): void {
		this.#destroyed = true;
		this.player?.destroy();
		void this.#dropCoach();
	}

	async #dropCoach(): Promise<void> {
		const coach = this.coach;
		this.coach = null;
		await coach?.stop();
	}

	#sink(): SessionSink {
		if (this.#d.storage.available === false) return new MemorySink();
		return new IdbSessionSink(repositories(), {
			onError: (e) => (this.saveError = e.userMessage)
		});
	}

	async #finished(planned: PlannedSession, record: SessionRecord): Promise<void> {
		void this.coach?.stop();
		const program = this.#d.program;
		// Practice and stretch belong to no day; ended before anything was done, the day stays.
		if (planned.day < 1 || !didAnyWork(record)) return;
		const check = afterSessionCheck(planned, record);
		if (check) {
			const outcome = await program.applyPainCheck(check);
			this.decision = outcome.decision?.message ?? null;
			this.offerRelief = outcome.offerRelief;
		} else if (program.state) {
			const status = record.status === 'complete' ? 'done' : 'partial';
			await program.save(markDay(program.state, planned.day, status, record.id, record.startedAt));
		}
	}
}
