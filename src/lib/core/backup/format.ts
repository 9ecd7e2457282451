import type {
	IsoDateTime,
	PainCheckIn,
	SessionRecord,
	SpasmEpisode,
	TensionCheckIn
} from '../records';

/** Any value JSON can carry: what settings and (until its type is shared) program state hold. */
export type JsonValue =
	null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export const BACKUP_FORMAT = 'brace-backup';
/** Bump with a converter in parse.ts when the file shape changes; old files must keep importing. */
export const BACKUP_VERSION = 1;
/** Files bigger than this are refused before they are read: 3 years of daily use is about 3 MB. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** Settings with this prefix describe this device (e.g. whether storage is persistent): never exported. */
export const DEVICE_SETTING_PREFIX = 'device.';

export interface SettingEntry {
	key: string;
	value: JsonValue;
}

export interface BackupData {
	settings: SettingEntry[];
	/** The program state, or null when no program was started. */
	program: JsonValue | null;
	sessions: SessionRecord[];
	checkIns: PainCheckIn[];
	spasms: SpasmEpisode[];
	tension: TensionCheckIn[];
}

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	exportedAt: IsoDateTime;
	appVersion: string;
	data: BackupData;
}

export function createBackup(data: BackupData, appVersion: string, now: Date): BackupFile {
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		appVersion,
		data: {
			...data,
			settings: data.settings.filter((s) => !s.key.startsWith(DEVICE_SETTING_PREFIX))
		}
	};
}

/** A file name that sorts by date: brace-backup-2026-11-26.json */
export function backupFileName(now: Date): string {
	const d = now.toISOString().slice(0, 10);
	return `${BACKUP_FORMAT}-${d}.json`;
}

export function emptyBackupData(): BackupData {
	return { settings: [], program: null, sessions: [], checkIns: [], spasms: [], tension: [] };
}
