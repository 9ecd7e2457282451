import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackup } from '$lib/core/backup/format';
import { SessionPlayer } from '$lib/core/player/machine';
import { markDay } from '$lib/core/program/days';
import { buildSession } from '$lib/core/program/plan';
import { createProgramState } from '$lib/core/program/state';
import { makeBackup } from '../../../scripts/bench/backup-data.mjs';
import { prepareImport } from './import';
import { IdbSessionSink } from './session-sink';
import { freshRepositories, type TestRepositories } from './test-helpers';

const NOW = new Date('2026-11-26T08:00:00.000Z');
const opened: TestRepositories[] = [];
afterAll(async () => {
	for (const r of opened) await r.db.close();
});

/** Imports a file's text the way Settings does: parse and validate, preview, then merge. */
async function importText(repos: TestRepositories, text: string) {
	const prepared = await prepareImport(repos.backup, text);
	if (!prepared.ok) throw new Error(prepared.error.message);
	return repos.backup.importData(prepared.backup.data, NOW);
}

/** Today's session as the player records it (camera on for part of it), saved set by set. */
async function playSession(repos: TestRepositories) {
	let now = NOW.getTime();
	const sink = new IdbSessionSink(repos, { requestPersist: async () => 'persisted' });
	const player = new SessionPlayer({
		session: buildSession(1),
		now: () => now,
		sink,
		newId: () => 'played-today'
	});
	player.start(now);
	player.answerPain(3, now);
	player.setFormSignal({ ok: true }, now);
	while (player.step.kind !== 'pain-check') {
		player.tick((now += 500));
		// With the camera on, the person's reps are counted by the camera, not the clock.
		if (player.view().phase === 'rep') player.cameraRep(true, null, now);
	}
	player.answerPain(2, now);
	await sink.saveProgress(player.record);
	return player.record;
}

const exportText = async (repos: TestRepositories) =>
	JSON.stringify(createBackup(await repos.backup.exportData(), '0.1.0', NOW));

describe('a backup of three years of data', () => {
	it('made by this version, imports back byte-for-byte: export, import, export', async () => {
		// A device with three years of use, its program and its settings.
		const device = freshRepositories();
		opened.push(device);
		const three = makeBackup({ end: NOW.getTime() });
		await importText(device, JSON.stringify(three));
		const program = markDay(
			createProgramState('2026-11-01'),
			1,
			'done',
			'bench-s-1',
			NOW.toISOString()
		);
		await device.program.put(program, NOW);
		await device.settings.set('reminderTime', '08:30');
		await device.settings.set('voice', { voice: true, volume: 0.8, beeps: false });
		const played = await playSession(device);

		const first = await exportText(device);
		const parsed = JSON.parse(first) as ReturnType<typeof makeBackup>;
		expect(parsed.data.sessions).toHaveLength(three.data.sessions.length + 1);
		expect(parsed.data.checkIns).toHaveLength(three.data.checkIns.length);
		expect(parsed.data.sessions.at(-1)).toEqual(played);
		expect(played.exercises.some((e) => e.formScore !== undefined)).toBe(true);

		// Into a new device: everything is added, and its export is the same file.
		const fresh = freshRepositories();
		opened.push(fresh);
		const added = await importText(fresh, first);
		expect(added).toMatchObject({ sessions: three.data.sessions.length + 1, program: true });
		expect(await exportText(fresh)).toBe(first);

		// Into itself: nothing is new, nothing changes, and the export is still the same file.
		const again = await importText(device, first);
		expect(again).toMatchObject({ sessions: 0, sessionsUpdated: 0, checkIns: 0, settings: 0 });
		expect(await exportText(device)).toBe(first);
	});
});
