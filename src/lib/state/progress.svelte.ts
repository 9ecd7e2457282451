/**
 * Everything the Progress, History and Report pages show, loaded from storage once per page and
 * summarised by the pure functions in core/progress. Arrays are `$state.raw`: three years of
 * sessions are replaced wholesale on load, never mutated in place, so deep proxies would only
 * cost time.
 */
import type { ProgramState } from '$lib/core/program/state';
import { inferStartDate, overridesFromProgram, programCalendar } from '$lib/core/progress/calendar';
import { addDays, clock, localDate } from '$lib/core/progress/dates';
import { practiceSummary, programSessions, reliefSummary } from '$lib/core/progress/sessions';
import { streaks } from '$lib/core/progress/streaks';
import { totals } from '$lib/core/progress/totals';
import { formTrends, morningTrend, painChange, painTrend } from '$lib/core/progress/trends';
import { spasmPatterns, triggerCounts } from '$lib/core/progress/triggers';
import type { PainCheckIn, SessionRecord, SpasmEpisode, TensionCheckIn } from '$lib/core/records';
import { repositories, StorageError, type Repositories } from '$lib/storage';

/** Days of sessions read first; charts default to this window when there is more. */
const RECENT_DAYS = 90;

export class ProgressState {
	sessions = $state.raw<SessionRecord[]>([]);
	checkIns = $state.raw<PainCheckIn[]>([]);
	spasms = $state.raw<SpasmEpisode[]>([]);
	tension = $state.raw<TensionCheckIn[]>([]);
	program = $state.raw<ProgramState | null>(null);
	/** Sessions, episodes and program are in: the page can render. */
	loaded = $state(false);
	/** Check-ins and tension ratings are in too. */
	complete = $state(false);
	/** A sentence to show when loading or saving failed. */
	error = $state<string | null>(null);
	today = $state(localDate(clock()));

	readonly startDate = $derived(this.program?.startDate ?? inferStartDate(this.sessions));
	readonly calendar = $derived(
		this.startDate
			? programCalendar(
					this.startDate,
					this.sessions,
					this.today,
					overridesFromProgram(this.program)
				)
			: []
	);
	readonly streaks = $derived(streaks(this.sessions, this.today));
	/** Program days done: the program's figures leave relief sessions and empty ends out. */
	readonly programSessions = $derived(programSessions(this.sessions));
	readonly totals = $derived(totals(this.programSessions));
	readonly relief = $derived(reliefSummary(this.sessions));
	/** Practice sets with the camera, latest first. */
	readonly practice = $derived(practiceSummary(this.sessions));
	/** Charts show this many recent days (null: all time); long histories default to 90. */
	chartDays = $state<number | null>(null);
	readonly chartSessions = $derived.by(() => {
		if (this.chartDays === null) return this.sessions;
		const from = addDays(this.today, -(this.chartDays - 1));
		const first = this.sessions.findIndex((s) => localDate(s.startedAt) >= from);
		return first === -1 ? [] : this.sessions.slice(first);
	});
	readonly pain = $derived(painTrend(programSessions(this.chartSessions)));
	readonly painChange = $derived(painChange(this.programSessions));
	readonly morning = $derived(morningTrend(this.checkIns));
	readonly form = $derived(formTrends(this.chartSessions));
	readonly triggers = $derived(triggerCounts(this.spasms));
	readonly patterns = $derived(spasmPatterns(this.spasms, this.tension, this.sessions));
	/** Stored counts, known from the first step: the empty state must not flash for old data. */
	#counts = $state({ sessions: 0, tension: 0 });
	readonly isEmpty = $derived(
		this.loaded &&
			this.#counts.sessions === 0 &&
			this.spasms.length === 0 &&
			this.#counts.tension === 0
	);

	readonly #repos: Repositories;
	#rest: Promise<void> = Promise.resolve();
	/** Settles once `complete` is set. */
	#done: Promise<void> = Promise.resolve();

	constructor(repos: Repositories = repositories()) {
		this.#repos = repos;
	}

	/**
	 * Loads in two steps so the page is usable sooner with years of data: the program, episodes
	 * and the last 90 days of sessions first (`loaded`, then this resolves), then every session
	 * and the check-ins (`complete`; `loadAll()` waits for both). All-time figures (best streak,
	 * totals) are only final once `complete`.
	 */
	async load(): Promise<void> {
		mark('brace:progress-load');
		const r = this.#repos;
		const today = localDate(clock());
		try {
			const [recent, sessionCount, tensionCount, spasms, program] = await Promise.all([
				r.sessions.listBetween(addDays(today, -(RECENT_DAYS - 1)), today),
				r.sessions.count(),
				r.tension.count(),
				r.spasms.list(),
				r.program.get()
			]);
			mark('brace:progress-data');
			this.today = today;
			this.sessions = recent;
			this.#counts = { sessions: sessionCount, tension: tensionCount };
			this.spasms = spasms;
			this.program = program;
			if (sessionCount > recent.length) this.chartDays = RECENT_DAYS;
			this.error = null;
			this.#rest = Promise.all([r.sessions.list(), r.checkIns.list(), r.tension.list()]).then(
				([sessions, checkIns, tension]) => {
					this.sessions = sessions;
					this.checkIns = checkIns;
					this.tension = tension;
				}
			);
		} catch (error) {
			this.#rest = Promise.resolve();
			this.error = messageOf(error, 'Your progress could not be loaded from this device.');
		} finally {
			this.loaded = true;
		}
		this.#done = this.#rest
			.catch((error: unknown) => {
				this.error = messageOf(error, 'Some of your history could not be loaded.');
			})
			.finally(() => {
				this.complete = true;
				mark('brace:progress-complete');
			});
	}

	async loadAll(): Promise<void> {
		await this.load();
		await this.#done;
	}

	session(id: string): SessionRecord | undefined {
		return this.sessions.find((s) => s.id === id);
	}

	/** Saves a spasm episode; returns false (with `error` set) when it could not be stored. */
	async logSpasm(episode: SpasmEpisode): Promise<boolean> {
		try {
			await this.#repos.spasms.put(episode);
			this.spasms = [...this.spasms.filter((e) => e.id !== episode.id), episode].sort((a, b) =>
				a.at.localeCompare(b.at)
			);
			this.error = null;
			return true;
		} catch (error) {
			this.error = messageOf(error, 'The episode could not be saved.');
			return false;
		}
	}

	/** Saves a pain rating given outside a session (a spot check-in). */
	async logCheckIn(checkIn: PainCheckIn): Promise<boolean> {
		try {
			await this.#repos.checkIns.put(checkIn);
			this.checkIns = [...this.checkIns.filter((c) => c.id !== checkIn.id), checkIn];
			this.error = null;
			return true;
		} catch (error) {
			this.error = messageOf(error, 'Your rating could not be saved on this device.');
			return false;
		}
	}

	async logTension(checkIn: TensionCheckIn): Promise<boolean> {
		try {
			await this.#repos.tension.put(checkIn);
			if (!this.tension.some((t) => t.id === checkIn.id)) {
				this.#counts = { ...this.#counts, tension: this.#counts.tension + 1 };
			}
			this.tension = [...this.tension.filter((t) => t.id !== checkIn.id), checkIn].sort((a, b) =>
				a.at.localeCompare(b.at)
			);
			this.error = null;
			return true;
		} catch (error) {
			this.error = messageOf(error, 'The check-in could not be saved.');
			return false;
		}
	}
}

/** User Timing marks, read by the benchmark (scripts/bench/progress.mjs). */
export function mark(name: string): void {
	if (typeof performance !== 'undefined' && 'mark' in performance) performance.mark(name);
}

export function messageOf(error: unknown, fallback: string): string {
	return error instanceof StorageError ? error.userMessage : fallback;
}
