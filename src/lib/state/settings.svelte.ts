/**
 * The person's preferences, loaded once from storage and saved on each change. Values read back
 * are checked, so a setting written by an older version or a hand-edited backup cannot break the UI.
 */
import { repositories } from '$lib/storage';
import type { JsonValue } from '$lib/core/backup/format';
import { DEFAULT_SETTINGS, sanitise, type Settings } from '$lib/core/settings';

export type { Settings, PoseModel } from '$lib/core/settings';

export class SettingsState {
	values = $state<Settings>({ ...DEFAULT_SETTINGS });
	/**
	 * True once the stored values are in. The controls wait for it: a change made before would be
	 * overwritten by the values being read.
	 */
	loaded = $state(false);
	/** A message when settings could not be read or saved. */
	error = $state<string | null>(null);

	async load(): Promise<void> {
		this.values = { ...DEFAULT_SETTINGS };
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

	/** Storage is unavailable: the defaults are all there will be, for this visit. */
	useDefaults(): void {
		this.values = { ...DEFAULT_SETTINGS };
		this.loaded = true;
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
