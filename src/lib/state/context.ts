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
	/** Focus mode hides the header and footer while a session plays, so it fits the screen. */
	ui: { focus: boolean };
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
