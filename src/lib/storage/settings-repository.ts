import type { JsonValue } from '$lib/core/backup/format';
import { commit, type Database } from './db';
import { guard } from './errors';
import { PROGRAM_KEY, type ProgramRow } from './schema';

/** Key-value settings. Callers own their keys and validate what they read back. */
export class SettingsRepository {
	readonly #db: Database;

	constructor(db: Database) {
		this.#db = db;
	}

	async get(key: string): Promise<JsonValue | undefined> {
		const row = await guard(
			async () => (await this.#db.connect()).get('settings', key),
			'open-failed'
		);
		return row?.value;
	}

	async set(key: string, value: JsonValue): Promise<void> {
		await guard(async () => {
			const db = await this.#db.connect();
			const tx = db.transaction('settings', 'readwrite');
			await commit(tx, tx.store.put({ key, value }));
		});
	}

	all(): Promise<{ key: string; value: JsonValue }[]> {
		return guard(async () => (await this.#db.connect()).getAll('settings'), 'open-failed');
	}
}

/**
 * The program state as one record. Until the program core's type is final the repository is
 * generic; callers pass the type (and should validate what comes back from older versions).
 */
export class ProgramRepository<T> {
	readonly #db: Database;

	constructor(db: Database) {
		this.#db = db;
	}

	async get(): Promise<T | null> {
		const row = await guard(
			async () => (await this.#db.connect()).get('program', PROGRAM_KEY),
			'open-failed'
		);
		return row ? (row.state as T) : null;
	}

	/** Replaces the program state; the state must be JSON-safe (it also goes into backups). */
	async put(state: T, now: Date = new Date()): Promise<void> {
		await guard(async () => {
			const db = await this.#db.connect();
			const tx = db.transaction('program', 'readwrite');
			await commit(tx, tx.store.put(row(state, now)));
		});
	}

	/**
	 * Writes one setting and, unless null, the program state in one transaction. A change that
	 * spans both (a red-flag stop, or its end once a doctor has seen the person) then lands whole
	 * or not at all: never a stop cleared in one store and still set in the other.
	 */
	async putWithSetting(
		state: T | null,
		setting: { key: string; value: JsonValue },
		now: Date = new Date()
	): Promise<void> {
		await guard(async () => {
			const db = await this.#db.connect();
			const tx = db.transaction(['program', 'settings'], 'readwrite');
			const writes = [tx.objectStore('settings').put(setting)];
			try {
				if (state !== null) writes.push(tx.objectStore('program').put(row(state, now)));
			} catch (error) {
				// A state that cannot be stored throws here, after the setting was queued: undo that too.
				for (const settled of [tx.done, ...writes]) settled.catch(() => {});
				tx.abort();
				throw error;
			}
			await commit(tx, Promise.all(writes));
		});
	}
}

function row(state: unknown, now: Date): ProgramRow {
	return { key: PROGRAM_KEY, state, updatedAt: now.toISOString() };
}
