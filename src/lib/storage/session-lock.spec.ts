import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exerciseResult, sessionRecord } from '$lib/core/progress/factories';
import { closeAbandonedSessions, holdSessionLock, playingSessions } from './session-lock';
import { freshRepositories } from './test-helpers';

/** Web Locks as one browser offers them to all its tabs. */
function fakeLocks() {
	const held = new Set<string>();
	return {
		request: (name: string, work: () => Promise<void>) => {
			held.add(name);
			return work().finally(() => held.delete(name));
		},
		query: async () => ({ held: [...held].map((name) => ({ name })) })
	};
}

const flush = () => new Promise((done) => setTimeout(done, 0));

describe('session locks and abandoned sessions', () => {
	beforeEach(() => vi.stubGlobal('navigator', { locks: fakeLocks() }));
	afterEach(() => vi.unstubAllGlobals());

	it('tells which sessions are playing until they end', async () => {
		const release = holdSessionLock('a');
		expect(await playingSessions()).toEqual(['a']);
		release();
		await flush();
		expect(await playingSessions()).toEqual([]);
	});

	it('closes a session a dead page left in progress, keeping every saved set', async () => {
		const repos = freshRepositories();
		const cut = sessionRecord({
			status: 'in-progress',
			startedAt: '2026-11-25T08:00:00.000Z',
			endedAt: null,
			durationSeconds: 300,
			exercises: [exerciseResult({ setsDone: 2, setsPlanned: 3 })]
		});
		const done = sessionRecord({ startedAt: '2026-11-24T08:00:00.000Z' });
		await repos.sessions.save(cut);
		await repos.sessions.save(done);
		expect(await closeAbandonedSessions(repos.sessions)).toBe(1);
		expect(await repos.sessions.get(cut.id)).toEqual({
			...cut,
			status: 'partial',
			endedAt: '2026-11-25T08:05:00.000Z'
		});
		expect(await repos.sessions.get(done.id)).toEqual(done);
		expect(await closeAbandonedSessions(repos.sessions)).toBe(0);
		await repos.db.close();
	});

	it('leaves a session playing in another tab alone, and its next saves land', async () => {
		const repos = freshRepositories();
		const live = sessionRecord({ status: 'in-progress', endedAt: null });
		const release = holdSessionLock(live.id);
		await repos.sessions.save(live);
		expect(await closeAbandonedSessions(repos.sessions)).toBe(0);
		const further = { ...live, exercises: [exerciseResult({ setsDone: 3 })] };
		expect(await repos.sessions.save(further)).toBe(true);
		release();
		await repos.db.close();
	});

	it('touches nothing where the browser has no Web Locks', async () => {
		vi.stubGlobal('navigator', {});
		const repos = freshRepositories();
		const live = sessionRecord({ status: 'in-progress', endedAt: null });
		await repos.sessions.save(live);
		expect(await closeAbandonedSessions(repos.sessions)).toBe(0);
		expect((await repos.sessions.get(live.id))?.status).toBe('in-progress');
		await repos.db.close();
	});
});
