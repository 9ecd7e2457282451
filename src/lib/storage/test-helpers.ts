/** Helpers for storage specs (fake-indexeddb): a fresh database per test and a full snapshot. */
import { Database } from './db';
import { createRepositories } from './index';
import { STORE_NAMES } from './schema';

let n = 0;

export function freshRepositories() {
	return createRepositories(new Database(`brace-test-${Date.now()}-${++n}`));
}

/** Every record of every store, for before/after comparisons. */
export async function snapshot(db: Database): Promise<Record<string, unknown[]>> {
	const conn = await db.connect();
	const out: Record<string, unknown[]> = {};
	for (const name of STORE_NAMES) out[name] = await conn.getAll(name);
	return out;
}
