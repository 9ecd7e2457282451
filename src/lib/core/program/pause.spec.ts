import { describe, expect, it } from 'vitest';
import { reportFlareUp } from './adapt';
import { nextDay, sessionFor } from './days';
import { stepBackLevel } from './ladder';
import {
	chooseForHighPain,
	pauseForRedFlag,
	resumeProgram,
	resumeReadiness,
	RESUME_EARLY_WARNING,
	type PainReading
} from './pause';
import { buildSession, lighterSession } from './plan';
import { createProgramState } from './state';

const SINCE = '2026-11-10T09:00:00';
const pause = { reason: 'flare-up' as const, since: new Date(SINCE).toISOString(), message: '' };
const on = (day: number, pain: number, hour = 9): PainReading => ({
	at: new Date(
		`2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00`
	).toISOString(),
	pain
});

describe('resuming after a flare-up', () => {
	it.each([
		[[on(11, 2), on(12, 3)], true, 2],
		[[on(11, 3), on(13, 1)], true, 2],
		[[on(11, 2), on(12, 4)], false, 0],
		[[on(11, 6), on(12, 2), on(13, 3)], true, 2],
		[[on(11, 2)], false, 1],
		[[], false, 0],
		// One bad moment makes the day bad: a day counts by its highest rating.
		[[on(11, 2), on(12, 2, 8), on(12, 5, 20)], false, 0],
		// Ratings from before the pause do not count.
		[[on(9, 1), on(10, 1, 7), on(11, 2)], false, 1]
	] as const)('readings %j: ready %s after %i good days', (readings, ready, goodDays) => {
		const readiness = resumeReadiness(pause, readings);
		expect(readiness.ready).toBe(ready);
		expect(readiness.goodDays).toBe(goodDays);
	});

	it('explains why it waits before the person chooses to resume early', () => {
		expect(RESUME_EARLY_WARNING).toContain('3 or less on 2 days');
	});

	it('resumes at easier levels with the reason in words', () => {
		let state = createProgramState('2026-11-01');
		state.levels['supine-brace'] = 6;
		state = reportFlareUp(state, pause.since, 8).state;
		expect(state.levels['supine-brace']).toBe(stepBackLevel('supine-brace', 6));
		const settled = resumeProgram(state, on(12, 2).at, 'settled');
		expect(settled.paused).toBeNull();
		expect(settled.canAdvance).toBe(false);
		expect(settled.history.at(-1)?.message).toMatch(/^Your pain has been 3 or less on 2 days/);
		expect(resumeProgram(state, on(12, 2).at, 'chosen').history.at(-1)?.message).toMatch(
			/^You chose to resume/
		);
		expect(resumeProgram(settled, on(12, 2).at, 'settled')).toBe(settled);
	});

	it('pauses for a red flag with nothing else offered until a doctor has seen the person', () => {
		const state = pauseForRedFlag(createProgramState('2026-11-01'), pause.since);
		expect(nextDay(state)).toEqual({
			kind: 'paused',
			reason: 'red-flag',
			message: expect.stringContaining('see a doctor')
		});
		const resumed = resumeProgram(state, on(12, 2).at, 'doctor');
		expect(resumed.history.at(-1)?.message).toMatch(/^A doctor has checked you/);
	});
});

describe('high pain before a session', () => {
	it('stores the choice and stops the next session stepping up', () => {
		const state = createProgramState('2026-11-01');
		state.levels['supine-brace'] = 3;
		const chosen = chooseForHighPain(state, { day: 5, pain: 8, kind: 'relief', at: pause.since });
		expect(chosen.canAdvance).toBe(false);
		expect(chosen.history.at(-1)).toMatchObject({
			kind: 'relief',
			trigger: 'before-session',
			pain: 8,
			day: 5
		});
		expect(nextDay(chosen)).toEqual({ kind: 'day', day: 1, repeat: false });
		const lighter = chooseForHighPain(state, { day: 5, pain: 9, kind: 'lighter', at: pause.since });
		expect(lighter.history.at(-1)?.message).toContain('a lighter version');
	});

	it('builds a lighter day: each exercise a big step easier, one set', () => {
		const state = createProgramState('2026-11-01');
		for (const item of buildSession(20).items) state.levels[item.chain] = item.level;
		const today = sessionFor(state, 20);
		const light = lighterSession(today);
		expect(light.lighter).toBe(true);
		expect(light.items).toHaveLength(today.items.length);
		expect(light.seconds).toBeLessThan(today.seconds);
		light.items.forEach((item, i) => {
			const planned = today.items[i];
			expect(item.dose.sets).toBe(1);
			expect(item.chain).toBe(planned?.chain);
			expect(item.level).toBe(stepBackLevel(item.chain, planned?.level ?? 0));
		});
	});
});
