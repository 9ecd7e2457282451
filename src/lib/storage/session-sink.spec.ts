import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exerciseResult, sessionRecord } from '$lib/core/progress/factories';
import { IdbSessionSink, PERSIST_SETTING } from './session-sink';
import { freshRepositories } from './test-helpers';

let repos = freshRepositories();
afterEach(async () => {
	vi.restoreAllMocks();
	await repos.db.close();
	repos = freshRepositories();
});

describe('IdbSessionSink', () => {
	it('stores each completed set as it happens, in order', async () => {
		const sink = new IdbSessionSink(repos, { requestPersist: () => Promise.resolve('persisted') });
		const start = sessionRecord({ status: 'in-progress', endedAt: null, exercises: [] });
		// The player does not wait between sets; saves still land in call order.
		const sets = [1, 2, 3].map((n) => ({
			...start,
			exercises: [exerciseResult({ setsDone: n })],
			durationSeconds: n * 60
		}));
		await Promise.all(sets.map((r) => sink.saveProgress(r)));
		expect((await repos.sessions.get(start.id))?.exercises[0]?.setsDone).toBe(3);
		// "Closing the tab" after set 2 of a fresh session keeps set 2.
		const other = sessionRecord({
			status: 'in-progress',
			exercises: [exerciseResult({ setsDone: 2 })]
		});
		await sink.saveProgress(other);
		expect(sink.lastError).toBeNull();
		expect((await repos.sessions.get(other.id))?.exercises[0]?.setsDone).toBe(2);
	});

	it('asks for persistent storage once, after the first completed session', async () => {
		const requestPersist = vi.fn(() => Promise.resolve('not-persisted' as const));
		const onPersist = vi.fn();
		const sink = new IdbSessionSink(repos, { requestPersist, onPersist });
		const s = sessionRecord({ status: 'in-progress' });
		await sink.saveProgress(s);
		expect(requestPersist).not.toHaveBeenCalled();
		await sink.saveProgress({ ...s, status: 'complete' });
		await sink.saveProgress(sessionRecord());
		await new IdbSessionSink(repos, { requestPersist }).saveProgress(sessionRecord());
		expect(requestPersist).toHaveBeenCalledOnce();
		expect(onPersist).toHaveBeenCalledWith('not-persisted');
		expect(await repos.settings.get(PERSIST_SETTING)).toMatchObject({ state: 'not-persisted' });
	});

	it('reports a failed save without throwing into the player', async () => {
		const onError = vi.fn();
		const sink = new IdbSessionSink(repos, { onError });
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		await expect(
			sink.saveProgress(sessionRecord({ status: 'in-progress' }))
		).resolves.toBeUndefined();
		expect(onError).toHaveBeenCalledOnce();
		expect(sink.lastError?.kind).toBe('quota-exceeded');
	});
});
