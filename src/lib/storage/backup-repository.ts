import type { BackupData } from '$lib/core/backup/format';
import {
	planMerge,
	previewOf,
	type ExistingData,
	type ImportPreview,
	type MergePlan
} from '$lib/core/backup/merge';
import { isBoundedJson } from '$lib/core/backup/limits';
import type { IDBPTransaction } from 'idb';
import { commit, type Database } from './db';
import { guard } from './errors';
import { PROGRAM_KEY, STORE_NAMES, type BraceDB, type ProgramRow, type StoreName } from './schema';

type Tx<M extends IDBTransactionMode> = IDBPTransaction<BraceDB, StoreName[], M>;

/** Whole-database operations: export, import (merge) and clear. Each is one transaction. */
export class BackupRepository {
	readonly #db: Database;

	constructor(db: Database) {
		this.#db = db;
	}

	/** Everything stored, read in one snapshot so a write in another tab cannot tear it. */
	exportData(): Promise<BackupData> {
		return guard(async () => {
			const db = await this.#db.connect();
			const tx = db.transaction([...STORE_NAMES], 'readonly');
			const [settings, program, sessions, checkIns, spasms, tension] = await commit(
				tx,
				Promise.all([
					tx.objectStore('settings').getAll(),
					tx.objectStore('program').get(PROGRAM_KEY),
					tx.objectStore('sessions').index('by-started').getAll(),
					tx.objectStore('checkins').index('by-at').getAll(),
					tx.objectStore('spasms').index('by-at').getAll(),
					tx.objectStore('tension').index('by-at').getAll()
				])
			);
			const state: unknown = program?.state ?? null;
			return {
				settings,
				program: isBoundedJson(state) ? state : null,
				sessions,
				checkIns,
				spasms,
				tension
			};
		}, 'open-failed');
	}

	/** What importing `data` would add to this device, without changing anything. */
	previewImport(data: BackupData): Promise<ImportPreview> {
		return guard(async () => {
			const db = await this.#db.connect();
			const tx = db.transaction([...STORE_NAMES], 'readonly');
			const existing = await commit(tx, readExisting(tx));
			return previewOf(planMerge(existing, data));
		}, 'open-failed');
	}

	/**
	 * Merges `data` in (see core/backup/merge.ts for the rules) in one transaction: all of it
	 * lands or none of it does. The plan is made inside the transaction, so data another tab
	 * added since the preview is respected. Returns what was actually added.
	 */
	importData(data: BackupData, now: Date = new Date()): Promise<ImportPreview> {
		return guard(async () => {
			const db = await this.#db.connect();
			const tx = db.transaction([...STORE_NAMES], 'readwrite');
			const work = async () => {
				const plan = planMerge(await readExisting(tx), data);
				// User Timing for the benchmark: how much of an import is the database's own work.
				performance.mark('brace:import-planned');
				const written = writes(tx, plan, now);
				// Every write is queued: the database may commit now instead of waiting for the page
				// to hear back about each of thousands of them. A write that fails still aborts it all.
				tx.commit();
				await Promise.all(written);
				return previewOf(plan);
			};
			const added = await commit(tx, work());
			performance.mark('brace:import-committed');
			return added;
		});
	}

	/** Deletes every record in every store (the database itself stays, at its version). */
	clearAll(): Promise<void> {
		return guard(async () => {
			const db = await this.#db.connect();
			const tx = db.transaction([...STORE_NAMES], 'readwrite');
			await commit(tx, Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).clear())));
		});
	}
}

async function readExisting<M extends IDBTransactionMode>(tx: Tx<M>): Promise<ExistingData> {
	const [sessions, checkIns, spasms, tension, settings, program] = await Promise.all([
		tx.objectStore('sessions').getAll(),
		tx.objectStore('checkins').getAllKeys(),
		tx.objectStore('spasms').getAllKeys(),
		tx.objectStore('tension').getAllKeys(),
		tx.objectStore('settings').getAllKeys(),
		tx.objectStore('program').count(PROGRAM_KEY)
	]);
	return {
		sessions: new Map(sessions.map((s) => [s.id, s])),
		checkInIds: new Set(checkIns),
		spasmIds: new Set(spasms),
		tensionIds: new Set(tension),
		settingKeys: new Set(settings),
		hasProgram: program > 0
	};
}

function writes(tx: Tx<'readwrite'>, plan: MergePlan, now: Date): Promise<unknown>[] {
	const ops: Promise<unknown>[] = [];
	for (const s of [...plan.sessions.add, ...plan.sessions.update])
		ops.push(tx.objectStore('sessions').put(s));
	for (const c of plan.checkIns.add) ops.push(tx.objectStore('checkins').add(c));
	for (const e of plan.spasms.add) ops.push(tx.objectStore('spasms').add(e));
	for (const t of plan.tension.add) ops.push(tx.objectStore('tension').add(t));
	for (const s of plan.settings.add) ops.push(tx.objectStore('settings').add(s));
	if (plan.program !== null) {
		const row: ProgramRow = { key: PROGRAM_KEY, state: plan.program, updatedAt: now.toISOString() };
		ops.push(tx.objectStore('program').add(row));
	}
	return ops;
}
