import type { IsoDate } from '$lib/core/records';
import { addDays, parseLocalDate } from '$lib/core/progress/dates';
import { commit, type Database } from './db';
import { guard } from './errors';
import type { BraceDB } from './schema';

type DatedStore = 'checkins' | 'spasms' | 'tension';
type Value<S extends DatedStore> = BraceDB[S]['value'];

/** The UTC instants bounding local dates [from, to], to query an `at`/`startedAt` index. */
export function localDateRange(from: IsoDate, to: IsoDate): IDBKeyRange {
	const lower = parseLocalDate(from).toISOString();
	const upper = parseLocalDate(addDays(to, 1)).toISOString();
	return IDBKeyRange.bound(lower, upper, false, true);
}

/** Add-and-read access to a store of timestamped records (check-ins, spasm episodes, tension). */
export class DatedRecordRepository<S extends DatedStore> {
	readonly #db: Database;
	readonly #store: S;

	constructor(db: Database, store: S) {
		this.#db = db;
		this.#store = store;
	}

	/** Saves a record, replacing one with the same id (an edit). */
	async put(record: Value<S>): Promise<void> {
		await guard(async () => {
			const db = await this.#db.connect();
			const tx = db.transaction(this.#store, 'readwrite');
			await commit(tx, tx.store.put(record));
		});
	}

	get(id: string): Promise<Value<S> | undefined> {
		return guard(async () => (await this.#db.connect()).get(this.#store, id), 'open-failed');
	}

	/** All records, oldest first. */
	list(): Promise<Value<S>[]> {
		return guard(
			async () => (await this.#db.connect()).getAllFromIndex(this.#store, 'by-at'),
			'open-failed'
		);
	}

	/** Records on local dates from..to inclusive, oldest first. */
	listBetween(from: IsoDate, to: IsoDate): Promise<Value<S>[]> {
		return guard(
			async () =>
				(await this.#db.connect()).getAllFromIndex(this.#store, 'by-at', localDateRange(from, to)),
			'open-failed'
		);
	}

	count(): Promise<number> {
		return guard(async () => (await this.#db.connect()).count(this.#store), 'open-failed');
	}
}
