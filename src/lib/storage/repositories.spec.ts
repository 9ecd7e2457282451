import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createProgramState } from '$lib/core/program/state';
import {
	painCheckIn,
	sessionRecord,
	spasmEpisode,
	tensionCheckIn
} from '$lib/core/progress/factories';
import { freshRepositories } from './test-helpers';

const local = (d: string, t = '10:00') => new Date(`${d}T${t}:00`).toISOString();
let repos = freshRepositories();
afterEach(async () => {
	await repos.db.close();
	repos = freshRepositories();
});

describe('SessionRepository', () => {
	it('saves a session after each set, replacing the earlier copy', async () => {
		const s = sessionRecord({ status: 'in-progress', endedAt: null, exercises: [] });
		await repos.sessions.save(s);
		const afterSet = { ...s, exercises: [...sessionRecord().exercises] };
		await repos.sessions.save(afterSet);
		const before = painCheckIn({ kind: 'before', sessionId: s.id, at: s.startedAt });
		await repos.sessions.save({ ...afterSet, status: 'complete' }, [before]);
		expect(await repos.sessions.count()).toBe(1);
		expect(await repos.sessions.get(s.id)).toMatchObject({
			status: 'complete',
			exercises: [{ setsDone: 3 }]
		});
		expect(await repos.sessions.checkInsFor(s.id)).toEqual([before]);
		expect(await repos.sessions.hasCompleted()).toBe(true);
	});

	it('lists oldest first and by local date range and day', async () => {
		const a = sessionRecord({ startedAt: local('2026-11-03', '23:30'), day: 2 });
		const b = sessionRecord({ startedAt: local('2026-11-02', '00:10'), day: 1 });
		const c = sessionRecord({ startedAt: local('2026-11-04', '00:00'), day: 3 });
		for (const s of [a, b, c]) await repos.sessions.save(s);
		expect((await repos.sessions.list()).map((s) => s.id)).toEqual([b.id, a.id, c.id]);
		expect((await repos.sessions.listBetween('2026-11-02', '2026-11-03')).map((s) => s.id)).toEqual(
			[b.id, a.id]
		);
		expect((await repos.sessions.forDay(3)).map((s) => s.id)).toEqual([c.id]);
		expect(await repos.sessions.hasCompleted()).toBe(true);
	});

	it('has no completed session until one is complete', async () => {
		await repos.sessions.save(sessionRecord({ status: 'partial' }));
		expect(await repos.sessions.hasCompleted()).toBe(false);
	});
});

describe('dated record repositories', () => {
	it('stores check-ins, spasms and tension and queries them by date', async () => {
		const t1 = tensionCheckIn({ at: local('2026-11-05', '07:00') });
		const t2 = tensionCheckIn({ at: local('2026-11-01', '07:00') });
		await repos.tension.put(t1);
		await repos.tension.put(t2);
		expect((await repos.tension.list()).map((t) => t.id)).toEqual([t2.id, t1.id]);
		expect(await repos.tension.listBetween('2026-11-04', '2026-11-05')).toEqual([t1]);

		const e = spasmEpisode();
		await repos.spasms.put(e);
		await repos.spasms.put({ ...e, notes: 'edited' });
		expect(await repos.spasms.list()).toEqual([{ ...e, notes: 'edited' }]);

		const c = painCheckIn({ at: local('2026-11-03') });
		await repos.checkIns.put(c);
		expect(await repos.checkIns.listBetween('2026-11-03', '2026-11-03')).toEqual([c]);
		expect(await repos.checkIns.get(c.id)).toEqual(c);
		expect(await repos.checkIns.count()).toBe(1);
	});
});

describe('settings and program', () => {
	it('keeps settings as key-value JSON', async () => {
		expect(await repos.settings.get('reminderTime')).toBeUndefined();
		await repos.settings.set('reminderTime', '08:30');
		await repos.settings.set('voice', { on: true, rate: 1.1 });
		expect(await repos.settings.get('reminderTime')).toBe('08:30');
		expect(await repos.settings.all()).toHaveLength(2);
	});

	it('stores the program state as one record', async () => {
		expect(await repos.program.get()).toBeNull();
		const state = createProgramState('2026-11-02');
		await repos.program.put(state);
		await repos.program.put({ ...state, canAdvance: false });
		expect(await repos.program.get()).toEqual({ ...state, canAdvance: false });
	});

	it('writes a setting with the program state in one transaction, whole or not at all', async () => {
		const state = createProgramState('2026-11-02');
		await repos.program.putWithSetting(state, { key: 'onboarding', value: { redFlagAt: 'x' } });
		expect(await repos.program.get()).toEqual(state);
		expect(await repos.settings.get('onboarding')).toEqual({ redFlagAt: 'x' });

		// The setting is queued first; a state that cannot be stored must take it back with it.
		const unstorable = { ...state, oops: () => 1 };
		await expect(
			repos.program.putWithSetting(unstorable, { key: 'onboarding', value: { redFlagAt: null } })
		).rejects.toThrow();
		expect(await repos.settings.get('onboarding')).toEqual({ redFlagAt: 'x' });
		expect(await repos.program.get()).toEqual(state);

		await repos.program.putWithSetting(null, { key: 'onboarding', value: { redFlagAt: null } });
		expect(await repos.settings.get('onboarding')).toEqual({ redFlagAt: null });
		expect(await repos.program.get()).toEqual(state);
	});
});

describe('SessionRepository.list sharing', () => {
	it('shares a read in flight and reads afresh after a save', async () => {
		await repos.sessions.save(sessionRecord());
		const [a, b] = await Promise.all([repos.sessions.list(), repos.sessions.list()]);
		expect(a).toBe(b);
		const reading = repos.sessions.list();
		await repos.sessions.save(sessionRecord());
		expect(await reading).toHaveLength(1);
		expect(await repos.sessions.list()).toHaveLength(2);
	});
});
