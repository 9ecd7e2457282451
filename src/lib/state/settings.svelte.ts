/**
 * The person's preferences, loaded once from storage and saved on each change. Values read back
 * are checked, so a setting written by an older version or a hand-edited backup cannot break the UI.
 */
import { repositories } from '$lib/storage';
import type { JsonValue } from '$lib/core/backup/format';

export type PoseModel = 'lite' | 'full';

export interface Settings {
	voice: boolean;
	/** 0-1, for voice and beeps. */
	volume: number;
	beeps: boolean;
	poseModel: PoseModel;
	cameraId: string | null;
	/** Record landmark traces during camera sets (opt-in). */
	recordTraces: boolean;
	/** HH:MM for reminders in the calendar file. */
	reminderTime: string;
}

export const DEFAULT_SETTINGS: Settings = {
	voice: true,
	volume: 0.9,
	beeps: true,
	poseModel: 'lite',
	cameraId: null,
	recordTraces: false,
	reminderTime: '18:00'
};

/** Keeps a stored value only if it has the default's type (and range, for volume). */
export function sanitise<K extends keyof Settings>(
	key: K,
	value: unknown
): Settings[K] | undefined {
	const fallback = DEFAULT_SETTINGS[key];
	if (key === 'cameraId')
		return (typeof value === 'string' || value === null ? value : undefined) as Settings[K];
	if (key === 'poseModel')
		return (value === 'lite' || value === 'full' ? value : undefined) as Settings[K];
	if (key === 'volume')
		return (
			typeof value === 'number' && value >= 0 && value <= 1 ? value : undefined
		) as Settings[K];
	if (key === 'reminderTime')
		return (
			typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? value : undefined
		) as Settings[K];
	return (typeof value === typeof fallback ? value : undefined) as Settings[K];
}

export class SettingsState {
	values = $state<Settings>({ ...DEFAULT_SETTINGS });
	loaded = $state(false);
	/** A message when settings could not be read or saved. */
	error = $state<string | null>(null);

	async load(): Promise<void> {
		try {
			const rows = await repositories().settings.all();
			for (const { key, value } of rows) {
				if (!(key in DEFAULT_SETTINGS)) continue;
				const k = key as keyof Settings;
				const clean = sanitise(k, value);
				if (clean !== undefined) (this.values as Record<keyof Settings, unknown>)[k] = clean;
			}
		} catch {
			this.error = 'Your settings could not be read; the defaults are in use.';
		} finally {
			this.loaded = true;
		}
	}

	async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
		this.values[key] = value;
		try {
			await repositories().settings.set(key, value as JsonValue);
			this.error = null;
		} catch {
			this.error = 'This change could not be saved on this device.';
		}
	}
}
