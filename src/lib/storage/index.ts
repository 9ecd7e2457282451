import type { ProgramState } from '$lib/core/program/state';
import { Database } from './db';
import { DatedRecordRepository } from './record-repository';
import { SessionRepository } from './session-repository';
import { ProgramRepository, SettingsRepository } from './settings-repository';

export { Database } from './db';
export { StorageError, type StorageErrorKind } from './errors';
export { DB_NAME, DB_VERSION } from './schema';
export * from './persistence';

/**
 * The repositories every page may use, over one connection. Backups (export, import, clear all)
 * are Settings' alone: `new BackupRepository(repos.db)` there keeps them off other pages' load.
 */
export function createRepositories(db: Database) {
	return {
		db,
		sessions: new SessionRepository(db),
		checkIns: new DatedRecordRepository(db, 'checkins'),
		spasms: new DatedRecordRepository(db, 'spasms'),
		tension: new DatedRecordRepository(db, 'tension'),
		settings: new SettingsRepository(db),
		program: new ProgramRepository<ProgramState>(db)
	};
}

export type Repositories = ReturnType<typeof createRepositories>;

let shared: Repositories | null = null;

/** The page's repositories over its one connection; opened lazily on first use. */
export function repositories(): Repositories {
	shared ??= createRepositories(new Database());
	return shared;
}
