/** Helpers for storage specs (fake-indexeddb): a fresh database per test and a full snapshot. */
import { BackupRepository } from './backup-repository';
import { Database } from './db';
import { createRepositories } from './index';
import { STORE_NAMES } from './schema';

let n = 0;

/** The repositories with the backup one, as Settings has them. */
export type TestRepositories = ReturnType<typeof freshRepositories>;

export function freshRepositories() {
	const db = new Database(`brace-test-${Date.now()}-${++n}`);
	return { ...createRepositories(db), backup: new BackupRepository(db) };
}

/** Every record of every store, for before/after comparisons. */
export async function snapshot(db: Database): Promise<Record<string, unknown[]>> {
	const conn = await db.connect();
	const out: Record<string, unknown[]> = {};
	for (const name of STORE_NAMES) out[name] = await conn.getAll(name);
	return out;
}
