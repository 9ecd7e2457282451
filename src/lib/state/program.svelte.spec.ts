import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repositories } from '$lib/storage';
import { ProgramStore } from './program.svelte';

const at = new Date('2026-11-26T20:00:00');

async function flagged(): Promise<ProgramStore> {
	const program = new ProgramStore();
	await program.load();
	await program.acceptDisclaimer(at);
	await program.recordScreen('emergency', at);
	return program;
}

/** What a reload would see: a fresh store reading the database. */
async function reloaded(): Promise<ProgramStore> {
	const program = new ProgramStore();
	await program.load();
	return program;
}

afterEach(async () => {
	vi.restoreAllMocks();
	const db = await repositories().db.connect();
	await Promise.all([db.clear('settings'), db.clear('program')]);
});

describe('ProgramStore red-flag stop', () => {
	it('stores the stop in both records, so a reload still offers only help', async () => {
		const program = await flagged();
		expect(program.redFlagged).toBe(true);
		const again = await reloaded();
		expect(again.redFlagged).toBe(true);
		expect(again.onboarding.redFlagAt).not.toBeNull();
		expect(again.state?.paused?.reason).toBe('red-flag');
	});

	it('shows the stop at once, before its write has landed', async () => {
		const program = new ProgramStore();
		await program.load();
		let land = () => {};
		vi.spyOn(repositories().program, 'putWithSetting').mockReturnValue(
			new Promise<void>((resolve) => (land = resolve))
		);
		const screened = program.recordScreen('doctor', at);
		await vi.waitFor(() => expect(program.state?.paused?.reason).toBe('red-flag'));
		expect(program.redFlagged).toBe(true);
		land();
		await screened;
	});

	it('ends the stop only once "a doctor has seen me" is stored, in one write', async () => {
		const program = await flagged();
		let land = () => {};
		const write = vi.spyOn(repositories().program, 'putWithSetting');
		const held = new Promise<void>((resolve) => (land = resolve));
		write.mockImplementationOnce(async (...args) => {
			await held;
			return repositories().program.putWithSetting(...args);
		});
		const resumed = program.resume('doctor', at);
		await vi.waitFor(() => expect(write).toHaveBeenCalledOnce());
		// Until the write lands the screen still offers nothing but help.
		expect(program.redFlagged).toBe(true);
		land();
		await resumed;
		expect(program.redFlagged).toBe(false);
		expect(program.next?.kind).toBe('day');
		const again = await reloaded();
		expect(again.redFlagged).toBe(false);
		expect(again.onboarding.redFlagAt).toBeNull();
		expect(again.state?.paused).toBeNull();
	});

	it('says so when that answer cannot be stored, and lets this page go on', async () => {
		const program = await flagged();
		vi.spyOn(repositories().program, 'putWithSetting').mockRejectedValue(new Error('disk'));
		await program.resume('doctor', at);
		expect(program.error).toBe('Your answer could not be saved on this device.');
		expect(program.redFlagged).toBe(false);
		// Nothing was stored, so a reload asks again: the safe way round.
		expect((await reloaded()).redFlagged).toBe(true);
	});
});
