/**
 * The person's place in the 28-day program, shared by Today, Program and the session player.
 * Loads the ProgramState and the onboarding record once, and saves every change through storage.
 * The rules themselves live in core/program; this class only holds and persists their results.
 */
import { createProgramState, type ProgramState } from '$lib/core/program/state';
import { nextDay, repeatDay, sessionFor, skipDay, type NextDay } from '$lib/core/program/days';
import type { PainCheck, PainOutcome } from '$lib/core/program/adapt';
import type { PlannedSession } from '$lib/core/program/plan';
import { localDate } from '$lib/core/progress/dates';
import { streaks } from '$lib/core/progress/streaks';
import type { PainScore } from '$lib/core/records';
import { repositories, StorageError } from '$lib/storage';

/**
 * The pain and red-flag rules are needed only when the person answers a pain question or
 * resumes: loaded then, they stay off the home route's first load.
 */
const rules = () => import('$lib/core/program/adapt');

/** Storage errors carry a message written for the person (disk full, newer version open…). */
function messageOf(err: unknown, fallback: string): string {
	return err instanceof StorageError ? err.userMessage : fallback;
}

export interface Onboarding {
	disclaimerAt: string | null;
	screenedAt: string | null;
	/** Set when the last red-flag screen had a yes: only the see-a-doctor screen is shown. */
	redFlagAt: string | null;
}

const ONBOARDING_KEY = 'onboarding';
const EMPTY: Onboarding = { disclaimerAt: null, screenedAt: null, redFlagAt: null };

function isOnboarding(value: unknown): value is Onboarding {
	if (!value || typeof value !== 'object') return false;
	const v = value as Record<string, unknown>;
	return ['disclaimerAt', 'screenedAt', 'redFlagAt'].every(
		(k) => v[k] === null || typeof v[k] === 'string'
	);
}

export class ProgramStore {
	state = $state<ProgramState | null>(null);
	onboarding = $state<Onboarding>({ ...EMPTY });
	loaded = $state(false);
	error = $state<string | null>(null);

	readonly next: NextDay | null = $derived(this.state ? nextDay(this.state) : null);
	/** Calendar days (complete or partial sessions) in a row, and the best run. */
	streak = $state({ current: 0, best: 0 });
	/** The last session is waiting for its next-morning pain check (from the next calendar day). */
	readonly needsMorningCheck = $derived(
		!!this.state?.pendingMorning && localDate(new Date()) > localDate(this.state.pendingMorning.at)
	);
	/** The newest decision, explained in words ("We kept yesterday's level because…"). */
	readonly lastDecision = $derived(this.state?.history.at(-1) ?? null);
	/** A red-flag yes is not "needs onboarding": the program is paused and says why. */
	readonly needsOnboarding = $derived(!this.onboarding.disclaimerAt || !this.onboarding.screenedAt);

	#loading: Promise<void> | null = null;

	/** Loads once per page; later calls wait for the same load. */
	load(): Promise<void> {
		this.#loading ??= this.#load();
		return this.#loading;
	}

	/** Reads everything again, e.g. after a backup was imported or all data cleared. */
	reload(): Promise<void> {
		this.#loading = this.#load();
		return this.#loading;
	}

	async #load(): Promise<void> {
		try {
			const repos = repositories();
			const [state, onboarding] = await Promise.all([
				repos.program.get(),
				repos.settings.get(ONBOARDING_KEY)
			]);
			this.state = state;
			this.onboarding = isOnboarding(onboarding) ? onboarding : { ...EMPTY };
		} catch (err) {
			this.error = messageOf(
				err,
				'Your program could not be loaded from this device. You can still follow a session.'
			);
		} finally {
			this.loaded = true;
		}
	}

	/** Streaks need every session, so only the pages that show them ask for them. */
	async loadStreak(): Promise<void> {
		try {
			this.streak = streaks(await repositories().sessions.list(), localDate(new Date()));
		} catch {
			// The streak is a nicety; the error that matters is reported by load().
		}
	}

	/** The session for a day, adapted to the levels the person has reached. */
	sessionFor(day: number): PlannedSession {
		return sessionFor(this.state ?? createProgramState(localDate(new Date())), day);
	}

	async acceptDisclaimer(now = new Date()): Promise<void> {
		await this.#saveOnboarding({ ...this.onboarding, disclaimerAt: now.toISOString() });
	}

	/** Records a red-flag screen; a yes pauses the program until the person resumes it. */
	async recordScreen(anyYes: boolean, now = new Date()): Promise<void> {
		const at = now.toISOString();
		await this.#saveOnboarding({
			...this.onboarding,
			screenedAt: at,
			redFlagAt: anyYes ? at : null
		});
		if (anyYes) await this.save((await rules()).pauseForRedFlag(this.#ensure(now), at));
		else if (!this.state) await this.save(this.#ensure(now));
	}

	async applyPainCheck(check: PainCheck): Promise<PainOutcome> {
		const { applyPainCheck } = await rules();
		const outcome = applyPainCheck(this.#ensure(new Date(check.at)), check);
		await this.save(outcome.state);
		return outcome;
	}

	/** The next-morning check: confirms or revises the last session's outcome. */
	async recordMorning(pain: PainScore, now = new Date()): Promise<PainOutcome> {
		const at = now.toISOString();
		const sessionId = this.state?.pendingMorning?.sessionId ?? null;
		const outcome = await this.applyPainCheck({ kind: 'morning', pain, at });
		try {
			await repositories().checkIns.put({
				id: crypto.randomUUID(),
				at,
				kind: 'morning',
				pain,
				sessionId
			});
		} catch (err) {
			this.error = messageOf(err, 'Your morning check could not be saved on this device.');
		}
		return outcome;
	}

	async skip(day: number, now = new Date()): Promise<void> {
		await this.save(skipDay(this.#ensure(now), day, now.toISOString()));
	}

	async repeat(day: number, now = new Date()): Promise<void> {
		await this.save(repeatDay(this.#ensure(now), day, now.toISOString()));
	}

	/** After a doctor has cleared them: clears the red-flag stop and resumes at easier levels. */
	async resume(now = new Date()): Promise<void> {
		if (this.onboarding.redFlagAt)
			await this.#saveOnboarding({ ...this.onboarding, redFlagAt: null });
		if (this.state) {
			const { resumeProgram } = await rules();
			await this.save(resumeProgram(this.state, now.toISOString()));
		}
	}

	async save(state: ProgramState): Promise<void> {
		this.state = state;
		try {
			await repositories().program.put(state);
			this.error = null;
		} catch (err) {
			this.error = messageOf(err, 'Your progress could not be saved on this device.');
		}
	}

	#ensure(now: Date): ProgramState {
		return this.state ?? createProgramState(localDate(now));
	}

	async #saveOnboarding(value: Onboarding): Promise<void> {
		this.onboarding = value;
		try {
			await repositories().settings.set(ONBOARDING_KEY, { ...value });
		} catch (err) {
			this.error = messageOf(err, 'Your answers could not be saved on this device.');
		}
	}
}
