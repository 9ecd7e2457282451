import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';
import { repositories } from '$lib/storage';
import { ProgramStore } from './program.svelte';

// The rules failing when the stop is recorded, as a half-updated install's missing file would.
vi.mock('./program-rules', () => ({
	pauseForRedFlag: () => {
		throw new Error('Failed to fetch dynamically imported module');
	}
}));

it('still shows and stores a red-flag stop when the program rules fail', async () => {
	const program = new ProgramStore();
	await program.load();
	const at = new Date('2026-11-26T20:00:00');
	await program.recordScreen('emergency', at);
	expect(program.redFlagged).toBe(true);
	expect(program.error).toMatch(/could not be loaded/);
	const stored = await repositories().settings.get('onboarding');
	expect(stored).toMatchObject({ redFlagAt: at.toISOString(), redFlagUrgency: 'emergency' });
	const again = new ProgramStore();
	await again.load();
	expect(again.redFlagged).toBe(true);
});
