import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionRecord } from '$lib/core/progress/factories';
import { Database, openBraceDb } from './db';
import { StorageError, toStorageError } from './errors';
import { createRepositories } from './index';
import type { BraceDB } from './schema';
import { snapshot } from './test-helpers';
import { upgradeBraceDb } from './upgrade';

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

async function kindOf(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
		return 'resolved';
	} catch (error) {
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).userMessage.length).toBeGreaterThan(20);
		return (error as StorageError).kind;
	}
}

describe('storage errors', () => {
	it('maps DOMExceptions to kinds the UI can explain', () => {
		expect(
			toStorageError(new DOMException('full', 'QuotaExceededError'), 'write-failed').kind
		).toBe('quota-exceeded');
		expect(toStorageError(new DOMException('v', 'VersionError'), 'open-failed').kind).toBe(
			'newer-version'
		);
		expect(toStorageError(new Error('?'), 'open-failed').kind).toBe('open-failed');
	});

	it('reports a full disk and keeps what was already stored', async () => {
		const repos = createRepositories(new Database('quota'));
		const kept = sessionRecord();
		await repos.sessions.save(kept);
		const before = await snapshot(repos.db);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		expect(await kindOf(repos.sessions.save(sessionRecord()))).toBe('quota-exceeded');
		expect(
			await kindOf(repos.tension.put({ id: 't', at: kept.startedAt, tension: 3, notes: '' }))
		).toBe('quota-exceeded');
		vi.restoreAllMocks();
		expect(await snapshot(repos.db)).toEqual(before);
		await repos.db.close();
	});

	it('says when IndexedDB is missing or fails to open', async () => {
		vi.stubGlobal('indexedDB', undefined);
		expect(await kindOf(openBraceDb('missing'))).toBe('unavailable');
		vi.stubGlobal('indexedDB', {
			open() {
				throw new DOMException('denied', 'UnknownError');
			}
		});
		const db = new Database('broken');
		expect(await kindOf(db.connect())).toBe('open-failed');
		vi.unstubAllGlobals();
		expect((await db.connect()).version).toBe(2); // a retry works once the cause is gone
		await db.close();
	});

	it('refuses an upgrade blocked by an old tab, and loses nothing', async () => {
		const oldTab = await openDB<BraceDB>('blocked', 1, {
			upgrade: (db, oldVersion, _new, tx) => upgradeBraceDb(db, oldVersion, 1, tx)
		});
		await oldTab.put('settings', { key: 'reminderTime', value: '07:15' });
		// The old tab never closes on versionchange, like a version shipped without the handler.
		expect(await kindOf(openBraceDb('blocked'))).toBe('upgrade-blocked');
		oldTab.close();
		const repos = createRepositories(new Database('blocked'));
		expect(await repos.settings.get('reminderTime')).toBe('07:15');
		await repos.db.close();
	});

	it('closes on versionchange so another tab can upgrade, then asks for a reload', async () => {
		const db = new Database('versionchange');
		const repos = createRepositories(db);
		await repos.sessions.save(sessionRecord());
		const lost = vi.fn();
		db.onLost(lost);
		const newer = await openDB('versionchange', 3);
		expect(newer.version).toBe(3);
		expect(lost).toHaveBeenCalledOnce();
		expect(db.lost?.kind).toBe('closed-by-other-tab');
		expect(await kindOf(repos.sessions.list())).toBe('closed-by-other-tab');
		newer.close();
		// This older code cannot open the newer database: it says so instead of failing silently.
		expect(await kindOf(openBraceDb('versionchange'))).toBe('newer-version');
	});

	it('lets two tabs on the same version write at once without losing records', async () => {
		const tabA = createRepositories(new Database('two-tabs'));
		const tabB = createRepositories(new Database('two-tabs'));
		const shared = sessionRecord({ status: 'in-progress' });
		const own = Array.from({ length: 20 }, () => sessionRecord());
		await Promise.all([
			...own.map((s, i) => (i % 2 ? tabA : tabB).sessions.save(s)),
			tabA.sessions.save(shared),
			tabB.sessions.save({ ...shared, status: 'complete' })
		]);
		const seenByA = await tabA.sessions.list();
		expect(seenByA).toHaveLength(21);
		expect(await tabB.sessions.list()).toEqual(seenByA);
		// Whichever tab wrote last, a session never goes back to an earlier state.
		expect((await tabA.sessions.get(shared.id))?.status).toBe('complete');
		await tabA.sessions.save(shared);
		expect((await tabB.sessions.get(shared.id))?.status).toBe('complete');
		await tabA.db.close();
		await tabB.db.close();
	});
});
