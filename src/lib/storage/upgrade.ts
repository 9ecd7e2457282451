import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { BraceDB } from './schema';

/**
 * Cumulative upgrade blocks. A block that has shipped is frozen: never edit it, add a new one.
 * `target` lets the migration tests build a database exactly as an older app version did.
 */
export function upgradeBraceDb(
	db: IDBPDatabase<BraceDB>,
	oldVersion: number,
	target: number,
	tx: IDBPTransaction<BraceDB, StoreNames<BraceDB>[], 'versionchange'>
): void {
	if (oldVersion < 1 && target >= 1) {
		db.createObjectStore('settings', { keyPath: 'key' });
		db.createObjectStore('program', { keyPath: 'key' });
		const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
		sessions.createIndex('by-started', 'startedAt');
		sessions.createIndex('by-day', 'day');
		const checkins = db.createObjectStore('checkins', { keyPath: 'id' });
		checkins.createIndex('by-session', 'sessionId');
		const spasms = db.createObjectStore('spasms', { keyPath: 'id' });
		spasms.createIndex('by-at', 'at');
	}
	if (oldVersion < 2 && target >= 2) {
		tx.objectStore('checkins').createIndex('by-at', 'at');
		const tension = db.createObjectStore('tension', { keyPath: 'id' });
		tension.createIndex('by-at', 'at');
	}
}
