import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { sessionRecord } from '$lib/core/progress/factories';
import { DB_VERSION } from '$lib/storage';
import { freshRepositories } from '$lib/storage/test-helpers';
import { StorageState } from './storage.svelte';

describe('StorageState', () => {
	it('says storage is unavailable and never opens the database', async () => {
		const repos = vi.fn(freshRepositories);
		const storage = new StorageState(repos);
		expect(await storage.start(async () => false)).toBe(false);
		expect(storage.available).toBe(false);
		expect(repos).not.toHaveBeenCalled();
	});

	it('reports a connection another tab took away', async () => {
		const repos = freshRepositories();
		const storage = new StorageState(() => repos);
		expect(await storage.start(async () => true)).toBe(true);
		expect(storage.lost).toBeNull();
		await repos.sessions.count(); // opens the connection
		const newer = indexedDB.open(repos.db.name, DB_VERSION + 1);
		await new Promise((done) => (newer.onsuccess = done));
		newer.result.close();
		expect(storage.lost?.kind).toBe('closed-by-other-tab');
		storage.stop();
	});

	it('closes a session a dead page left in progress, once storage works', async () => {
		vi.stubGlobal('navigator', {
			locks: { request: async () => {}, query: async () => ({ held: [] }) }
		});
		const repos = freshRepositories();
		const cut = sessionRecord({ status: 'in-progress', endedAt: null });
		await repos.sessions.save(cut);
		const storage = new StorageState(() => repos);
		await storage.start(async () => true);
		expect(await storage.recovered).toBe(1);
		expect((await repos.sessions.get(cut.id))?.status).toBe('partial');
		storage.stop();
		vi.unstubAllGlobals();
	});
});
