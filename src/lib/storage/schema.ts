import type { DBSchema } from 'idb';
import type { JsonValue } from '$lib/core/backup/format';
import type {
	IsoDateTime,
	PainCheckIn,
	SessionRecord,
	SpasmEpisode,
	TensionCheckIn
} from '$lib/core/records';

export const DB_NAME = 'brace';
/**
 * v1: settings, program, sessions, checkins, spasms.
 * v2: tension store (daily body-scan ratings) and an `at` index on check-ins, for the
 *     progress page's "by date" queries (v1 only indexed check-ins by session).
 */
export const DB_VERSION = 2;

export interface SettingRow {
	key: string;
	value: JsonValue;
}

/** The program state is one record under a fixed key. */
export const PROGRAM_KEY = 'current';
export interface ProgramRow {
	key: typeof PROGRAM_KEY;
	/** JSON-safe; checked with isBoundedJson before it goes into a backup. */
	state: unknown;
	updatedAt: IsoDateTime;
}

export interface BraceDB extends DBSchema {
	settings: { key: string; value: SettingRow };
	program: { key: string; value: ProgramRow };
	sessions: {
		key: string;
		value: SessionRecord;
		indexes: { 'by-started': IsoDateTime; 'by-day': number };
	};
	checkins: {
		key: string;
		value: PainCheckIn;
		indexes: { 'by-session': string; 'by-at': IsoDateTime };
	};
	spasms: { key: string; value: SpasmEpisode; indexes: { 'by-at': IsoDateTime } };
	tension: { key: string; value: TensionCheckIn; indexes: { 'by-at': IsoDateTime } };
}

export type StoreName = 'settings' | 'program' | 'sessions' | 'checkins' | 'spasms' | 'tension';
export const STORE_NAMES: readonly StoreName[] = [
	'settings',
	'program',
	'sessions',
	'checkins',
	'spasms',
	'tension'
];
