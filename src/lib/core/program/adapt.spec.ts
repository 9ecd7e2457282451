import { describe, expect, it } from 'vitest';
import type { PainScore, SessionRecord } from '../records';
import {
	afterSessionCheck,
	applyPainCheck,
	pauseForRedFlag,
	reportFlareUp,
	resumeProgram,
	type AfterSessionCheck
} from './adapt';
import { nextDay, sessionFor } from './days';
import { stepAt } from './ladder';
import { buildSession } from './plan';
import { createProgramState, type ProgramState } from './state';

const AT = '2026-11-26T09:00:00.000Z';
const MORNING = '2026-11-27T07:30:00.000Z';

function after(
	day: number,
	pain: PainScore,
	state: ProgramState,
	status: 'done' | 'partial' = 'done'
) {
	const session = sessionFor(state, day);
	const levels = Object.fromEntries(session.items.map((i) => [i.chain, i.level]));
	const check: AfterSessionCheck = {
		kind: 'after-session',
		day,
		sessionId: `s${day}`,
		status,
		painBefore: 2,
		painAfter: pain,
		levels,
		at: AT
	};
	return applyPainCheck(state, check);
}

/** A state that has done days 1-7 comfortably. */
function trained(): ProgramState {
	let state = createProgramState('2026-11-20');
	for (let d = 1; d <= 7; d++) state = after(d, 1, state).state;
	return state;
}

const braceLevel = (state: ProgramState, day: number) =>
	sessionFor(state, day).items.find((i) => i.chain === 'supine-brace')?.level ?? -1;

describe('pain-guided adaptation', () => {
	it('progresses as planned when pain stays at 3 or less', () => {
		const state = trained();
		expect(braceLevel(state, 8)).toBe(
			buildSession(8).items.find((i) => i.chain === 'supine-brace')?.level
		);
		expect(nextDay(state)).toEqual({ kind: 'day', day: 8, repeat: false });
		const outcome = after(8, 3, state);
		expect(outcome.decision?.kind).toBe('progress');
		expect(outcome.decision?.message).toBe(
			'Your pain was 3 after the session, so the next session moves on as planned. Tell us tomorrow morning how your back feels.'
		);
		expect(outcome.state.days[7]?.status).toBe('done');
		expect(outcome.state.pendingMorning?.day).toBe(8);
	});

	it.each([4, 5] as const)('holds the dose when pain after is %i', (pain) => {
		const state = trained();
		const done = braceLevel(state, 8);
		const outcome = after(8, pain, state);
		expect(outcome.decision?.kind).toBe('hold');
		expect(outcome.decision?.message).toBe(
			`We kept yesterday's level because your pain was ${pain} after the session.`
		);
		expect(outcome.state.canAdvance).toBe(false);
		expect(braceLevel(outcome.state, 10)).toBe(done);
		expect(outcome.offerRelief).toBe(false);
	});

	it('holds after a session ended early even with little pain', () => {
		const outcome = after(8, 1, trained(), 'partial');
		expect(outcome.decision?.kind).toBe('hold');
		expect(outcome.decision?.message).toContain('ended early');
		expect(outcome.state.days[7]?.status).toBe('partial');
	});

	it('steps back to easier variants and lower doses when pain after is above 5', () => {
		const state = trained();
		state.levels['dead-bug-arms'] = 5;
		expect(stepAt('dead-bug-arms', 5).exerciseId).toBe('dead-bug-legs');
		const done = braceLevel(state, 8);
		const outcome = after(8, 6, state);
		expect(outcome.decision?.kind).toBe('step-back');
		expect(outcome.decision?.message).toBe(
			'We stepped back to easier exercises and lower doses because your pain was 6 after the session.'
		);
		expect(braceLevel(outcome.state, 10)).toBeLessThan(done);
		const deadBug = sessionFor(outcome.state, 10).items.find((i) => i.chain === 'dead-bug-arms');
		expect(deadBug?.exerciseId).toBe('dead-bug-arms');
		expect(outcome.screenRedFlags).toBe(false);
	});

	it('pauses for a flare-up at 7 or more, offers Relief and asks the red-flag questions', () => {
		const outcome = after(8, 8, trained());
		expect(outcome.decision?.kind).toBe('pause');
		expect(outcome.state.paused?.reason).toBe('flare-up');
		expect(outcome.offerRelief).toBe(true);
		expect(outcome.screenRedFlags).toBe(true);
		expect(nextDay(outcome.state).kind).toBe('paused');
		expect(outcome.decision?.message).toContain('your pain was 8 after the session');
	});

	it('confirms progress when pain has settled by the next morning', () => {
		const { state } = after(8, 3, trained());
		const morning = applyPainCheck(state, { kind: 'morning', pain: 2, at: MORNING });
		expect(morning.decision?.kind).toBe('progress');
		expect(morning.decision?.message).toBe(
			'Your pain had settled by this morning (2), so the plan carries on as planned.'
		);
		expect(morning.state.pendingMorning).toBeNull();
		expect(morning.state.canAdvance).toBe(true);
	});

	it('steps back when pain is worse the next morning than after the session', () => {
		const { state } = after(8, 2, trained());
		const planned = braceLevel(state, 10);
		const morning = applyPainCheck(state, { kind: 'morning', pain: 4, at: MORNING });
		expect(morning.decision?.kind).toBe('step-back');
		expect(morning.decision?.message).toBe(
			'We stepped back to easier exercises and lower doses because your pain was worse this morning (4) than after the session (2).'
		);
		expect(braceLevel(morning.state, 10)).toBeLessThan(planned);
	});

	it('holds when pain is still 4-5 the next morning without being worse', () => {
		const { state } = after(8, 5, trained());
		const morning = applyPainCheck(state, { kind: 'morning', pain: 4, at: MORNING });
		expect(morning.decision?.kind).toBe('hold');
		expect(morning.decision?.message).toBe(
			"We kept yesterday's level because your pain was still 4 this morning."
		);
	});

	it('treats 7 or more in the morning as a flare-up', () => {
		const { state } = after(8, 2, trained());
		const morning = applyPainCheck(state, { kind: 'morning', pain: 7, at: MORNING });
		expect(morning.state.paused?.reason).toBe('flare-up');
		expect(morning.screenRedFlags).toBe(true);
	});

	it('records a morning check with no session to follow up without changing the plan', () => {
		const state = trained();
		const fresh = { ...state, pendingMorning: null };
		const morning = applyPainCheck(fresh, { kind: 'morning', pain: 2, at: MORNING });
		expect(morning.decision).toBeNull();
		expect(morning.state.levels).toEqual(fresh.levels);
	});

	it('pauses for a reported flare-up and resumes at easier levels', () => {
		const state = trained();
		const before = braceLevel(state, 8);
		const flare = reportFlareUp(state, AT, 6);
		expect(flare.state.paused?.reason).toBe('flare-up');
		expect(flare.offerRelief).toBe(true);
		expect(flare.screenRedFlags).toBe(false);
		const resumed = resumeProgram(flare.state, MORNING);
		expect(resumed.paused).toBeNull();
		expect(resumed.history.at(-1)?.kind).toBe('resume');
		expect(braceLevel(resumed, 8)).toBeLessThan(before);
		expect(resumeProgram(resumed, MORNING)).toBe(resumed);
	});

	it('pauses for a red flag with nothing else offered', () => {
		const state = pauseForRedFlag(trained(), AT);
		expect(nextDay(state)).toEqual({
			kind: 'paused',
			reason: 'red-flag',
			message: expect.stringContaining('see a doctor')
		});
	});

	it('keeps a history of decisions in a JSON-safe state', () => {
		let state = after(8, 2, trained()).state;
		state = applyPainCheck(state, { kind: 'morning', pain: 5, at: MORNING }).state;
		expect(state.history.map((d) => d.kind).slice(-2)).toEqual(['progress', 'step-back']);
		expect(JSON.parse(JSON.stringify(state))).toEqual(state);
	});

	it('builds the check from what the player recorded', () => {
		const session = buildSession(1);
		const record: SessionRecord = {
			id: 'r1',
			day: 1,
			startedAt: AT,
			endedAt: MORNING,
			status: 'complete',
			painBefore: 2,
			painAfter: 3,
			exercises: session.items.map((i, n) => ({
				exerciseId: i.exerciseId,
				setsPlanned: i.dose.sets,
				setsDone: n === 0 ? 0 : i.dose.sets,
				repsDone: 0,
				holdsDone: 0,
				secondsDone: 0,
				skipped: n === 0
			})),
			skippedSteps: [],
			cameraUsed: false,
			durationSeconds: 600,
			notes: ''
		};
		const check = afterSessionCheck(session, record);
		expect(check?.status).toBe('done');
		expect(check?.painAfter).toBe(3);
		expect(Object.keys(check?.levels ?? {})).not.toContain(session.items[0]?.chain);
		expect(Object.keys(check?.levels ?? {})).toHaveLength(session.items.length - 1);
		expect(afterSessionCheck(session, { ...record, painAfter: null })).toBeNull();
	});
});
