/**
 * The person's stored records (sessions, pain and tension check-ins, spasm episodes, the
 * program), loaded from storage once per page, with the saves the pages make. Arrays are
 * `$state.raw`: three years of sessions are replaced wholesale on load, never mutated in place,
 * so deep proxies would only cost time. ProgressState adds the summaries; Today needs only these.
 */
import type { ProgramState } from '$lib/core/program/state';
import { addDays, clock, localDate } from '$lib/core/progress/dates';
import type { PainCheckIn, SessionRecord, SpasmEpisode, TensionCheckIn } from '$lib/core/records';
import { repositories, StorageError, type Repositories } from '$lib/storage';

/** Days of sessions read first; charts default to this window when there is more. */
export const RECENT_DAYS = 90;

export class RecordsState {
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

	/** Stored counts, known from the first step: the empty state must not flash for old data. */
	protected counts = $state({ sessions: 0, tension: 0 });

	protected readonly repos: Repositories;
	#rest: Promise<void> = Promise.resolve();
	/** Settles once `complete` is set. */
	#done: Promise<void> = Promise.resolve();

	constructor(repos: Repositories = repositories()) {
		this.repos = repos;
	}

	/**
	 * Loads in two steps so the page is usable sooner with years of data: the program, episodes
	 * and the last 90 days of sessions first (`loaded`, then this resolves), then every session
	 * and the check-ins (`complete`; `loadAll()` waits for both). All-time figures (best streak,
	 * totals) are only final once `complete`.
	 */
	async load(): Promise<void> {
		mark('brace:progress-load');
		const r = this.repos;
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
			this.counts = { sessions: sessionCount, tension: tensionCount };
			this.spasms = spasms;
			this.program = program;
			this.firstRead(sessionCount > recent.length);
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

	/** Called once the first read is in, before `loaded`; `partial` when older sessions wait. */
	protected firstRead(_partial: boolean): void {}

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
			await this.repos.spasms.put(episode);
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
			await this.repos.checkIns.put(checkIn);
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
			await this.repos.tension.put(checkIn);
			if (!this.tension.some((t) => t.id === checkIn.id)) {
				this.counts = { ...this.counts, tension: this.counts.tension + 1 };
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
