import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { repositories } from '$lib/storage';
import { SettingsState } from './settings.svelte';

afterEach(async () => {
	vi.restoreAllMocks();
	const db = await repositories().db.connect();
	await db.clear('settings');
});

describe('SettingsState', () => {
	it('is not loaded until the stored values are in, and then shows them', async () => {
		await repositories().settings.set('poseModel', 'full');
		await repositories().settings.set('volume', 7); // out of range: refused
		const settings = new SettingsState();
		expect(settings.loaded).toBe(false);
		const loading = settings.load();
		expect(settings.loaded).toBe(false);
		await loading;
		expect(settings.loaded).toBe(true);
		expect(settings.values.poseModel).toBe('full');
		expect(settings.values.volume).toBe(DEFAULT_SETTINGS.volume);
	});

	it('without storage, uses the defaults and counts as loaded, so its controls work', () => {
		const settings = new SettingsState();
		settings.values.voice = false;
		settings.useDefaults();
		expect(settings.loaded).toBe(true);
		expect(settings.values).toEqual(DEFAULT_SETTINGS);
	});

	it('a change is stored, and a fresh load reads it back', async () => {
		const settings = new SettingsState();
		await settings.load();
		await settings.set('poseModel', 'full');
		const reloaded = new SettingsState();
		await reloaded.load();
		expect(reloaded.values.poseModel).toBe('full');
		expect(settings.error).toBeNull();
	});

	it('a change that cannot be stored keeps the choice for this visit and says so', async () => {
		const settings = new SettingsState();
		await settings.load();
		vi.spyOn(repositories().settings, 'set').mockRejectedValue(new Error('disk full'));
		await settings.set('voice', false);
		expect(settings.values.voice).toBe(false);
		expect(settings.error).toBe('This change could not be saved on this device.');
	});
});
