import type { SessionSink } from '$lib/core/player/sink';
import type { SessionRecord } from '$lib/core/records';
import { toStorageError, type StorageError } from './errors';
import type { Repositories } from './index';
import { requestPersistence, type PersistState } from './persistence';

/** Device-only setting (never exported): what the browser answered to persist(). */
export const PERSIST_SETTING = 'device.persist';

export interface PersistRecord {
	state: PersistState;
	at: string;
}

export interface SinkOptions {
	/** A save failed (e.g. the disk is full); the player carries on, the UI shows the message. */
	onError?: (error: StorageError) => void;
	/** The first completed session was saved and persistent storage was requested. */
	onPersist?: (state: PersistState) => void;
	requestPersist?: () => Promise<PersistState>;
}

/**
 * The player's SessionSink on IndexedDB: each call (every completed set, pain answer and the
 * end) is one transaction, so closing the tab loses at most the set in progress. Saves run in
 * call order, and a failure never rejects into the player: it is reported through onError.
 */
export class IdbSessionSink implements SessionSink {
	readonly #repos: Repositories;
	readonly #options: SinkOptions;
	#queue: Promise<void> = Promise.resolve();
	#persistChecked = false;
	lastError: StorageError | null = null;

	constructor(repos: Repositories, options: SinkOptions = {}) {
		this.#repos = repos;
		this.#options = options;
	}

	/** Resolves once the record is stored (or the failure reported): the player waits for it. */
	saveProgress(record: SessionRecord): Promise<void> {
		const copy = structuredClone(record);
		const saved = this.#queue.then(() => this.#save(copy));
		// Asking for persistent storage may wait on a browser prompt: after the save, not before.
		this.#queue = saved.then(() => this.#afterSave(copy));
		return saved;
	}

	async #save(record: SessionRecord): Promise<void> {
		try {
			await this.#repos.sessions.save(record);
			this.lastError = null;
		} catch (error) {
			this.lastError = toStorageError(error, 'write-failed');
			this.#options.onError?.(this.lastError);
		}
	}

	async #afterSave(record: SessionRecord): Promise<void> {
		if (record.status !== 'complete' || this.#persistChecked || this.lastError) return;
		try {
			await this.#askPersist();
		} catch {
			// Persistence is a request, never a condition: the session is stored either way.
		}
	}

	/** After the first completed session, ask once to make storage persistent and remember the answer. */
	async #askPersist(): Promise<void> {
		this.#persistChecked = true;
		if ((await this.#repos.settings.get(PERSIST_SETTING)) !== undefined) return;
		const state = await (this.#options.requestPersist ?? requestPersistence)();
		const value: PersistRecord = { state, at: new Date().toISOString() };
		await this.#repos.settings.set(PERSIST_SETTING, { ...value });
		this.#options.onPersist?.(state);
	}
}
