import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '$lib/core/backup/format';
import { createProgramState } from '$lib/core/program/state';
import { sessionRecord, spasmEpisode, tensionCheckIn } from '$lib/core/progress/factories';
import { freshRepositories, snapshot } from '$lib/storage/test-helpers';
import { DataState } from './data.svelte';
import { ProgressState } from './progress.svelte';

const repos = freshRepositories();
afterEach(async () => {
	await repos.backup.clearAll();
});

async function backupText() {
	const other = freshRepositories();
	await other.sessions.save(sessionRecord({ startedAt: '2026-11-02T08:00:00.000Z' }));
	await other.spasms.put(spasmEpisode());
	await other.program.put(createProgramState('2026-11-02'));
	const text = JSON.stringify(createBackup(await other.backup.exportData(), '0.1.0', new Date()));
	await other.db.close();
	return text;
}

describe('DataState import', () => {
	it('previews, then imports on confirm and reports the change', async () => {
		const onChange = vi.fn();
		const data = new DataState({ repos, onChange });
		await data.chooseImport(new File([await backupText()], 'brace-backup.json'));
		expect(data.pending?.lines).toEqual(['1 session', '1 spasm episode', 'your program progress']);
		expect(await repos.sessions.count()).toBe(0);
		await data.confirmImport();
		expect(data.pending).toBeNull();
		expect(data.message).toEqual({
			kind: 'ok',
			text: 'Imported 1 session, 1 spasm episode, your program progress.'
		});
		expect(onChange).toHaveBeenCalledOnce();
		expect(await repos.sessions.count()).toBe(1);
	});

	it('refuses a broken file with its message and changes nothing', async () => {
		await repos.tension.put(tensionCheckIn());
		const before = await snapshot(repos.db);
		const data = new DataState({ repos });
		const text = (await backupText()).slice(0, 200);
		await data.chooseImport(new File([text], 'broken.json'));
		expect(data.pending).toBeNull();
		expect(data.message?.kind).toBe('error');
		expect(data.message?.text).toMatch(/damaged/);
		expect(await snapshot(repos.db)).toEqual(before);
	});

	it('clears everything', async () => {
		await repos.sessions.save(sessionRecord());
		const data = new DataState({ repos });
		await data.clearAll();
		expect(await repos.sessions.count()).toBe(0);
		expect(data.message?.kind).toBe('ok');
	});
});

describe('ProgressState', () => {
	it('loads and summarises, and logs episodes', async () => {
		await repos.program.put(createProgramState('2026-11-02'));
		await repos.sessions.save(sessionRecord({ day: 1, startedAt: '2026-11-02T08:00:00.000Z' }));
		const progress = new ProgressState(repos);
		await progress.loadAll();
		expect(progress.loaded).toBe(true);
		expect(progress.error).toBeNull();
		expect(progress.startDate).toBe('2026-11-02');
		expect(progress.calendar).toHaveLength(28);
		expect(progress.totals.sessions).toBe(1);
		expect(await progress.logSpasm(spasmEpisode())).toBe(true);
		expect(progress.triggers).toEqual([{ trigger: 'sitting-long', count: 1 }]);
		expect(await repos.spasms.count()).toBe(1);
	});

	it('renders the last 90 days first, then all-time figures', async () => {
		const old = sessionRecord({ startedAt: '2020-01-01T08:00:00.000Z' });
		const recent = sessionRecord({ startedAt: new Date().toISOString() });
		await repos.sessions.save(old);
		await repos.sessions.save(recent);
		const progress = new ProgressState(repos);
		await progress.load();
		expect(progress.loaded).toBe(true);
		expect(progress.isEmpty).toBe(false);
		expect(progress.sessions.map((s) => s.id)).toEqual([recent.id]);
		expect(progress.chartDays).toBe(90);
		await progress.loadAll();
		expect(progress.complete).toBe(true);
		expect(progress.totals.sessions).toBe(2);
		expect(progress.chartSessions.map((s) => s.id)).toEqual([recent.id]);
	});
});
