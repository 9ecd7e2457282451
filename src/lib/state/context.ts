import { getContext, setContext } from 'svelte';
import type { OfflineState } from './offline.svelte';
import type { SettingsState } from './settings.svelte';
import type { ProgramStore } from './program.svelte';
import type { StorageState } from './storage.svelte';

/** App-wide state objects, created once in the root layout. */
export interface AppContext {
	offline: OfflineState;
	settings: SettingsState;
	program: ProgramStore;
	/**
	 * focus: a session plays, so the header and footer hide to fit the screen. quiet: a timed
	 * flow runs (the relief flow): no sitting-break prompt interrupts it.
	 */
	ui: { focus: boolean; quiet: boolean };
	/** `available` is false when the browser blocks on-device storage (e.g. some private modes). */
	storage: StorageState;
}

const KEY = Symbol('brace-app');

export function setAppContext(value: AppContext): AppContext {
	return setContext(KEY, value);
}

export function getAppContext(): AppContext {
	return getContext<AppContext>(KEY);
}
