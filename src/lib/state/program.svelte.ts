/**
 * The person's place in the 28-day program, shared by Today, Program and the session player.
 * Loads the ProgramState and the onboarding record once, and saves every change through storage.
 * The rules themselves live in core/program; this class only holds and persists their results.
 */
import { createProgramState, type ProgramState } from '$lib/core/program/state';
import type { NextDay } from '$lib/core/program/days';
import type { PainCheck, PainOutcome } from '$lib/core/program/adapt';
import type { HighPainChoice, ResumeReason } from '$lib/core/program/pause';
import type { PlannedSession } from '$lib/core/program/plan';
import { familiarityFrom, type Familiarity } from '$lib/core/player/briefing';
import { localDate } from '$lib/core/progress/dates';
import { streaks } from '$lib/core/progress/streaks';
import type { PainScore } from '$lib/core/records';
import { repositories, StorageError } from '$lib/storage';
import type * as Rules from './program-rules';

export type ProgramRules = typeof Rules;

/** Storage errors carry a message written for the person (disk full, newer version open…). */
function messageOf(err: unknown, fallback: string): string {
	return err instanceof StorageError ? err.userMessage : fallback;
}

export interface Onboarding {
	disclaimerAt: string | null;
	screenedAt: string | null;
	/** Set when the last red-flag screen had a yes: only the see-a-doctor screen is shown. */
	redFlagAt: string | null;
	/** How urgent that yes was (missing in records saved before this was kept). */
	redFlagUrgency?: 'emergency' | 'doctor';
}

const ONBOARDING_KEY = 'onboarding';
const RULES_MISSING = 'Part of Brace could not be loaded. Reload the page to try again.';
const EMPTY: Onboarding = { disclaimerAt: null, screenedAt: null, redFlagAt: null };

function isOnboarding(value: unknown): value is Onboarding {
	if (!value || typeof value !== 'object') return false;
	const v = value as Record<string, unknown>;
	const urgency = v.redFlagUrgency;
	return (
		['disclaimerAt', 'screenedAt', 'redFlagAt'].every(
			(k) => v[k] === null || typeof v[k] === 'string'
		) &&
		(urgency === undefined || urgency === 'emergency' || urgency === 'doctor')
	);
}

export class ProgramStore {
	state = $state<ProgramState | null>(null);
	onboarding = $state<Onboarding>({ ...EMPTY });
	loaded = $state(false);
	error = $state<string | null>(null);
	/** The rules, loaded with the data (see program-rules.ts); null until `loaded`. */
	rules = $state.raw<ProgramRules | null>(null);

	readonly next: NextDay | null = $derived(
		this.state && this.rules ? this.rules.nextDay(this.state) : null
	);
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
	/**
	 * A red-flag yes not yet cleared by "a doctor has seen me": nothing but the see-a-doctor
	 * advice is offered, not even the relief flow.
	 */
	readonly redFlagged = $derived(
		!!this.onboarding.redFlagAt || this.state?.paused?.reason === 'red-flag'
	);

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
		// Both downloads and the database read run at once; the page waits for all three anyway.
		const rules = this.#rules();
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
		}
		try {
			await rules;
		} catch {
			// Only a half-updated install gets here: the page's code and its files disagree.
			this.error = RULES_MISSING;
		} finally {
			this.loaded = true;
		}
	}

	#rulesLoading: Promise<ProgramRules> | null = null;

	/** The rules, downloaded once (for the first load or a change); a failed download retries. */
	#rules(): Promise<ProgramRules> {
		this.#rulesLoading ??= import('./program-rules').then(
			(rules) => (this.rules = rules),
			(error: unknown) => {
				this.#rulesLoading = null;
				throw error;
			}
		);
		return this.#rulesLoading;
	}

	/** Sessions per exercise done before, for the player's full or short briefings. */
	familiarity = $state<Familiarity>({});

	/**
	 * Streaks and briefing familiarity need every session, so only the pages that show them (Today,
	 * the session) ask for them.
	 */
	async loadStreak(): Promise<void> {
		try {
			const sessions = await repositories().sessions.list();
			this.streak = streaks(sessions, localDate(new Date()));
			this.familiarity = familiarityFrom(sessions);
		} catch {
			// The streak is a nicety; the error that matters is reported by load().
		}
	}

	/**
	 * The session for a day, adapted to the levels the person has reached; null until `loaded`.
	 */
	sessionFor(day: number): PlannedSession | null {
		return (
			this.rules?.sessionFor(this.state ?? createProgramState(localDate(new Date())), day) ?? null
		);
	}

	/** How long a planned session takes, briefings included (they shorten with familiarity). */
	secondsFor(session: PlannedSession): number {
		return this.rules?.sessionSeconds(session, this.familiarity) ?? 0;
	}

	async acceptDisclaimer(now = new Date()): Promise<void> {
		await this.#saveOnboarding({ ...this.onboarding, disclaimerAt: now.toISOString() });
	}

	/**
	 * Records a red-flag screen; a yes (with its urgency) pauses the program until the person
	 * says a doctor has seen them.
	 */
	async recordScreen(yes: false | 'emergency' | 'doctor', now = new Date()): Promise<void> {
		const at = now.toISOString();
		const onboarding: Onboarding = {
			disclaimerAt: this.onboarding.disclaimerAt,
			screenedAt: at,
			redFlagAt: yes ? at : null
		};
		if (yes) onboarding.redFlagUrgency = yes;
		if (!yes) {
			await this.#saveOnboarding(onboarding);
			if (!this.state) await this.save(this.#ensure(now));
			return;
		}
		// The stop shows at once, stored or not: the advice to get help must never wait on storage.
		this.onboarding = onboarding;
		let paused: ProgramState | null = null;
		try {
			paused = (await this.#rules()).pauseForRedFlag(this.#ensure(now), at);
			this.state = paused;
		} catch {
			// A half-updated install: the answers alone still hold the stop, so store them anyway.
		}
		await this.#saveWithOnboarding(
			paused,
			onboarding,
			'Your answers could not be saved on this device.'
		);
		if (!paused) this.error = RULES_MISSING;
	}

	/** Pain of 7+ before a session, screen clear: the person chose relief or a lighter day. */
	async chooseForHighPain(
		day: number,
		pain: PainScore,
		kind: HighPainChoice,
		now = new Date()
	): Promise<void> {
		const at = now.toISOString();
		const { chooseForHighPain } = await this.#rules();
		await this.save(chooseForHighPain(this.#ensure(now), { day, pain, kind, at }));
	}

	/** A spasm logged at flare-up pain outside a session pauses the plan (if it is not already). */
	async reportFlareUp(pain: PainScore, now = new Date()): Promise<PainOutcome | null> {
		if (this.state?.paused) return null;
		const { reportFlareUp } = await this.#rules();
		const outcome = reportFlareUp(this.#ensure(now), now.toISOString(), pain);
		await this.save(outcome.state);
		return outcome;
	}

	async applyPainCheck(check: PainCheck): Promise<PainOutcome> {
		const { applyPainCheck } = await this.#rules();
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
		const { skipDay } = await this.#rules();
		await this.save(skipDay(this.#ensure(now), day, now.toISOString()));
	}

	async repeat(day: number, now = new Date()): Promise<void> {
		const { repeatDay } = await this.#rules();
		await this.save(repeatDay(this.#ensure(now), day, now.toISOString()));
	}

	/**
	 * Ends a pause: after a red flag only once a doctor has seen the person ('doctor'), which
	 * clears the stop; after a flare-up when settled or by the person's choice.
	 */
	async resume(reason: ResumeReason, now = new Date()): Promise<void> {
		const { resumeProgram } = await this.#rules();
		const resumed = this.state && resumeProgram(this.state, now.toISOString(), reason);
		if (reason !== 'doctor' || !this.onboarding.redFlagAt) {
			if (resumed) await this.save(resumed);
			return;
		}
		const { disclaimerAt, screenedAt } = this.onboarding;
		const onboarding: Onboarding = { disclaimerAt, screenedAt, redFlagAt: null };
		// Unlike the stop, its end shows only once the write has settled, so the screen never offers
		// exercise that a reload would take back (a failed write still lets this page go on).
		await this.#saveWithOnboarding(
			resumed,
			onboarding,
			'Your answer could not be saved on this device.'
		);
		this.onboarding = onboarding;
		if (resumed) this.state = resumed;
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

	/** The onboarding answers and the program state in one transaction (see putWithSetting). */
	async #saveWithOnboarding(
		state: ProgramState | null,
		onboarding: Onboarding,
		failure: string
	): Promise<void> {
		try {
			await repositories().program.putWithSetting(state, {
				key: ONBOARDING_KEY,
				value: { ...onboarding }
			});
			this.error = null;
		} catch (err) {
			this.error = messageOf(err, failure);
		}
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
