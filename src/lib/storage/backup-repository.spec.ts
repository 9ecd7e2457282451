import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup, type BackupData } from '$lib/core/backup/format';
import { parseBackup } from '$lib/core/backup/parse';
import { createProgramState } from '$lib/core/program/state';
import {
	exerciseResult,
	painCheckIn,
	sessionRecord,
	spasmEpisode,
	tensionCheckIn
} from '$lib/core/progress/factories';
import { freshRepositories, snapshot, type TestRepositories } from './test-helpers';

const opened: TestRepositories[] = [];
function open() {
	const repos = freshRepositories();
	opened.push(repos);
	return repos;
}
afterEach(async () => {
	for (const r of opened.splice(0)) await r.db.close();
});

async function seed(repos: TestRepositories) {
	const s = sessionRecord({ status: 'partial', exercises: [exerciseResult({ setsDone: 1 })] });
	await repos.sessions.save(s, [painCheckIn({ kind: 'before', sessionId: s.id })]);
	await repos.sessions.save(sessionRecord({ startedAt: '2026-11-03T08:00:00.000Z' }));
	await repos.spasms.put(spasmEpisode());
	await repos.tension.put(tensionCheckIn());
	await repos.settings.set('reminderTime', '08:30');
	await repos.settings.set('device.persist', 'persisted');
	await repos.program.put(createProgramState('2026-11-02'), new Date('2026-11-03T09:00:00.000Z'));
	return s;
}

/** What a file written by this device and read back holds. */
async function roundTrip(repos: TestRepositories): Promise<BackupData> {
	const file = createBackup(await repos.backup.exportData(), '0.1.0', new Date());
	const parsed = parseBackup(JSON.stringify(file));
	if (!parsed.ok) throw new Error(parsed.error.message);
	return parsed.backup.data;
}

describe('BackupRepository', () => {
	it('export, clear all, import gives back the same data (device settings excepted)', async () => {
		const repos = open();
		await seed(repos);
		const before = await snapshot(repos.db);
		const data = await roundTrip(repos);
		await repos.backup.clearAll();
		expect(await repos.sessions.count()).toBe(0);
		expect(await repos.program.get()).toBeNull();
		const preview = await repos.backup.previewImport(data);
		expect(preview).toMatchObject({
			sessions: 2,
			checkIns: 1,
			spasms: 1,
			tension: 1,
			settings: 1,
			program: true
		});
		await repos.backup.importData(data, new Date('2026-11-03T09:00:00.000Z'));
		const after = await snapshot(repos.db);
		expect(after).toEqual({
			...before,
			settings: before.settings?.filter((s) => !(s as { key: string }).key.startsWith('device.'))
		});
	});

	it('lands all of an import or none of it: a write that fails late undoes the earlier ones', async () => {
		const source = open();
		await seed(source);
		const data = await roundTrip(source);
		// Two check-ins with one id: the second add fails after every session was written.
		const twin = data.checkIns[0];
		if (!twin) throw new Error('the seed has a check-in');
		const broken: BackupData = { ...data, checkIns: [twin, { ...twin }] };
		const target = open();
		const before = await snapshot(target.db);
		await expect(target.backup.importData(broken)).rejects.toBeTruthy();
		expect(await snapshot(target.db)).toEqual(before);
		await target.backup.importData(data);
		expect(await target.sessions.count()).toBe(2);
	});

	it('merges into another device without duplicates and never deletes', async () => {
		const phone = open();
		const tablet = open();
		const partial = await seed(phone);
		await tablet.sessions.save({
			...partial,
			status: 'complete',
			exercises: [exerciseResult({ setsDone: 3 })]
		});
		await tablet.settings.set('reminderTime', '19:00');
		const onlyTablet = spasmEpisode();
		await tablet.spasms.put(onlyTablet);
		await tablet.program.put(createProgramState('2026-10-01'));

		const data = await roundTrip(phone);
		const added = await tablet.backup.importData(data);
		expect(added).toMatchObject({
			sessions: 1,
			sessionsUpdated: 0,
			spasms: 1,
			program: false,
			alreadyHere: 1
		});
		expect(await tablet.sessions.count()).toBe(2);
		expect((await tablet.sessions.get(partial.id))?.status).toBe('complete');
		expect(await tablet.settings.get('reminderTime')).toBe('19:00');
		expect(await tablet.spasms.list()).toContainEqual(onlyTablet);
		expect((await tablet.program.get())?.startDate).toBe('2026-10-01');

		// Importing the same file again changes nothing.
		const again = await snapshot(tablet.db);
		const second = await tablet.backup.importData(data);
		expect(second).toMatchObject({ sessions: 0, checkIns: 0, spasms: 0, tension: 0, settings: 0 });
		expect(await snapshot(tablet.db)).toEqual(again);

		// The tablet's finished session flows back to the phone, replacing the partial copy.
		const back = await phone.backup.importData(await roundTrip(tablet));
		expect(back).toMatchObject({ sessionsUpdated: 1, spasms: 1 });
		expect((await phone.sessions.get(partial.id))?.status).toBe('complete');
	});
});
