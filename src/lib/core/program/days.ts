import type { IsoDateTime } from '../records';
import { buildSession, type PlannedSession } from './plan';
import { cloneState, type DayStatus, type ProgramState } from './state';
import { isProgramDay } from './weeks';

export type NextDay =
	| { kind: 'day'; day: number; repeat: boolean }
	| { kind: 'paused'; reason: 'flare-up' | 'red-flag'; message: string }
	| { kind: 'complete' };

/**
 * What to do next. Missed calendar days do not matter: the program continues from the first day
 * not yet done, partly done or skipped; a day chosen for repeating comes first.
 */
export function nextDay(state: ProgramState): NextDay {
	if (state.paused)
		return { kind: 'paused', reason: state.paused.reason, message: state.paused.message };
	if (state.repeatDay !== null) return { kind: 'day', day: state.repeatDay, repeat: true };
	const todo = state.days.find((d) => d.status === 'todo');
	return todo ? { kind: 'day', day: todo.day, repeat: false } : { kind: 'complete' };
}

/**
 * The session for a day, adapted to the person: a chain never goes more than one rung above
 * the level they last managed (none above it after a hold or step back, or while the camera
 * last saw it with poor form), and starts at the bottom when they have not done it yet, even if
 * skipped days planned it higher.
 */
export function sessionFor(state: ProgramState, day: number): PlannedSession {
	return buildSession(day, (chain, planned) => {
		const done = state.levels[chain];
		if (done === undefined) return 0;
		const advance = state.canAdvance && !state.formHolds?.[chain];
		return Math.max(0, Math.min(planned, advance ? done + 1 : done));
	});
}

function requireDay(day: number): void {
	if (!isProgramDay(day)) throw new Error(`No program day ${day}`);
}

function setStatus(
	state: ProgramState,
	day: number,
	status: DayStatus,
	at: IsoDateTime,
	sessionId: string | null
): void {
	const entry = state.days[day - 1];
	if (!entry) throw new Error(`No program day ${day}`);
	entry.status = status;
	entry.at = at;
	entry.sessionId = sessionId;
}

/** Marks a day done or partly done (the pain rules are applied separately, see applyPainCheck). */
export function markDay(
	state: ProgramState,
	day: number,
	status: 'done' | 'partial',
	sessionId: string,
	at: IsoDateTime
): ProgramState {
	requireDay(day);
	const next = cloneState(state);
	setStatus(next, day, status, at, sessionId);
	if (next.repeatDay === day) next.repeatDay = null;
	return next;
}

export function skipDay(state: ProgramState, day: number, at: IsoDateTime): ProgramState {
	requireDay(day);
	const next = cloneState(state);
	setStatus(next, day, 'skipped', at, null);
	if (next.repeatDay === day) next.repeatDay = null;
	next.history.push({
		at,
		day,
		kind: 'skip',
		trigger: 'person',
		pain: null,
		message: `You skipped day ${day}. Skipped days do not raise the level of exercises you have not done yet.`
	});
	return next;
}

export function repeatDay(state: ProgramState, day: number, at: IsoDateTime): ProgramState {
	requireDay(day);
	const next = cloneState(state);
	next.repeatDay = day;
	next.history.push({
		at,
		day,
		kind: 'repeat',
		trigger: 'person',
		pain: null,
		message: `Day ${day} is next, as you asked to repeat it.`
	});
	return next;
}
