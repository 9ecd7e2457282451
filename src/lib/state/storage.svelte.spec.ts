import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
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
});
