import { describe, expect, it } from 'vitest';
import { markDay, nextDay, repeatDay, sessionFor, skipDay } from './days';
import { buildSession } from './plan';
import { createProgramState, type ProgramState } from './state';

const AT = '2026-11-26T08:00:00.000Z';

function doneThrough(state: ProgramState, last: number): ProgramState {
	let s = state;
	for (let d = 1; d <= last; d++) s = markDay(s, d, 'done', `s${d}`, AT);
	return s;
}

describe('program days', () => {
	it('starts at day 1 with 28 undone days, JSON-safe', () => {
		const state = createProgramState('2026-11-26');
		expect(state.days).toHaveLength(28);
		expect(nextDay(state)).toEqual({ kind: 'day', day: 1, repeat: false });
		expect(JSON.parse(JSON.stringify(state))).toEqual(state);
	});

	it('continues from the next undone day however many calendar days were missed', () => {
		const state = doneThrough(createProgramState('2026-01-01'), 3);
		expect(nextDay(state)).toEqual({ kind: 'day', day: 4, repeat: false });
	});

	it('moves past skipped and partly done days, and records the skip', () => {
		let state = createProgramState('2026-11-26');
		state = skipDay(state, 1, AT);
		state = markDay(state, 2, 'partial', 's2', AT);
		expect(nextDay(state)).toEqual({ kind: 'day', day: 3, repeat: false });
		expect(state.days[0]?.status).toBe('skipped');
		expect(state.history.at(-1)?.kind).toBe('skip');
	});

	it('puts a repeated day first, then carries on', () => {
		let state = doneThrough(createProgramState('2026-11-26'), 5);
		state = repeatDay(state, 2, AT);
		expect(nextDay(state)).toEqual({ kind: 'day', day: 2, repeat: true });
		state = markDay(state, 2, 'done', 'again', AT);
		expect(nextDay(state)).toEqual({ kind: 'day', day: 6, repeat: false });
	});

	it('says when the program is complete or paused', () => {
		const done = doneThrough(createProgramState('2026-11-26'), 28);
		expect(nextDay(done)).toEqual({ kind: 'complete' });
		const paused: ProgramState = {
			...done,
			paused: { reason: 'flare-up', since: AT, message: 'Paused' }
		};
		expect(nextDay(paused)).toEqual({ kind: 'paused', reason: 'flare-up', message: 'Paused' });
	});

	it('does not change the state it is given', () => {
		const state = createProgramState('2026-11-26');
		const copy = structuredClone(state);
		skipDay(state, 1, AT);
		repeatDay(state, 1, AT);
		markDay(state, 1, 'done', 'x', AT);
		expect(state).toEqual(copy);
	});

	it('rejects days outside the program', () => {
		const state = createProgramState('2026-11-26');
		expect(() => skipDay(state, 0, AT)).toThrow();
		expect(() => repeatDay(state, 29, AT)).toThrow();
	});

	it('starts exercises never done at the bottom of their ladder, even on a late day', () => {
		const state = createProgramState('2026-11-26');
		const late = sessionFor(state, 17);
		for (const item of late.items) expect(item.level, item.exerciseId).toBe(0);
		expect(buildSession(17).items.some((i) => i.level > 0)).toBe(true);
	});

	it('goes at most one step above the level last managed, none after a hold', () => {
		const state = createProgramState('2026-11-26');
		state.levels = { 'supine-brace': 2 };
		const item = () => sessionFor(state, 10).items.find((i) => i.chain === 'supine-brace');
		expect(item()?.level).toBe(3);
		state.canAdvance = false;
		expect(item()?.level).toBe(2);
		// Never above the plan either.
		state.levels = { 'supine-brace': 40 };
		state.canAdvance = true;
		expect(item()?.level).toBe(
			buildSession(10).items.find((i) => i.chain === 'supine-brace')?.level
		);
	});
});
