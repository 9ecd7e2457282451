import type { IsoDateTime, PainScore, SessionRecord } from '../records';
import { needsRedFlagScreen } from '../safety/red-flags';
import { markDay } from './days';
import { stepBackLevel } from './ladder';
import type { PlannedSession } from './plan';
import {
	cloneState,
	type Decision,
	type DecisionKind,
	type DecisionTrigger,
	type ProgramState
} from './state';

/** Pain at or below this after a session, settled by morning: progress as planned. */
export const PROGRESS_MAX_PAIN = 3;
/** Pain up to this: hold the dose. Above it: step back. */
export const HOLD_MAX_PAIN = 5;
/** Pain at or above this is treated as a flare-up: the plan pauses and Relief is offered. */
export const FLARE_PAIN = 7;

export interface AfterSessionCheck {
	kind: 'after-session';
	day: number;
	sessionId: string;
	status: 'done' | 'partial';
	painBefore: PainScore | null;
	painAfter: PainScore;
	/** Level done per chain (PlannedExercise.chain -> level). */
	levels: Record<string, number>;
	at: IsoDateTime;
}

export interface MorningCheck {
	kind: 'morning';
	pain: PainScore;
	at: IsoDateTime;
}

export type PainCheck = AfterSessionCheck | MorningCheck;

export interface PainOutcome {
	state: ProgramState;
	/** null when the check changed nothing (a morning check with no session to follow up). */
	decision: Decision | null;
	/** Pain of 7 or more: ask the red-flag questions again. */
	screenRedFlags: boolean;
	/** A flare-up: offer the Relief session instead of the program. */
	offerRelief: boolean;
}

/** Builds the after-session check from what the player recorded; null if pain was not given. */
export function afterSessionCheck(
	session: PlannedSession,
	record: SessionRecord
): AfterSessionCheck | null {
	if (record.painAfter === null || session.day < 1) return null;
	const levels: Record<string, number> = {};
	for (const item of session.items) {
		const result = record.exercises.find((r) => r.exerciseId === item.exerciseId);
		if (result && result.setsDone > 0) levels[item.chain] = item.level;
	}
	return {
		kind: 'after-session',
		day: session.day,
		sessionId: record.id,
		status: record.status === 'complete' ? 'done' : 'partial',
		painBefore: record.painBefore,
		painAfter: record.painAfter,
		levels,
		at: record.endedAt ?? record.startedAt
	};
}

function decide(
	state: ProgramState,
	at: IsoDateTime,
	day: number | null,
	kind: DecisionKind,
	trigger: DecisionTrigger,
	pain: PainScore | null,
	message: string
): Decision {
	const decision: Decision = { at, day, kind, trigger, pain, message };
	state.history.push(decision);
	return decision;
}

/** Every chain the person has done drops back (from the level just done where there is one). */
function stepBackAll(state: ProgramState, done: Record<string, number>): void {
	const chains = new Set([...Object.keys(state.levels), ...Object.keys(done)]);
	for (const chain of chains) {
		const base = Math.min(done[chain] ?? Infinity, state.levels[chain] ?? Infinity);
		state.levels[chain] = stepBackLevel(chain, base);
	}
	state.canAdvance = false;
}

function flare(
	state: ProgramState,
	at: IsoDateTime,
	day: number | null,
	pain: PainScore | null,
	message: string
): Decision {
	stepBackAll(state, state.pendingMorning?.levels ?? {});
	state.pendingMorning = null;
	state.paused = { reason: 'flare-up', since: at, message };
	return decide(state, at, day, 'pause', 'flare-up', pain, message);
}

function flareMessage(pain: PainScore | null, when: string): string {
	const because = pain === null ? 'you reported a flare-up' : `your pain was ${pain} ${when}`;
	return `We paused the plan because ${because}. Use the Relief session, and resume when the pain has settled. When you resume, the exercises will be easier.`;
}

function afterSession(state: ProgramState, check: AfterSessionCheck): PainOutcome {
	const next = markDay(state, check.day, check.status, check.sessionId, check.at);
	const pain = check.painAfter;
	const { day, at } = check;
	next.pendingMorning = null;
	if (pain >= FLARE_PAIN) {
		next.pendingMorning = {
			day,
			sessionId: check.sessionId,
			painAfter: pain,
			levels: check.levels,
			at
		};
		const decision = flare(next, at, day, pain, flareMessage(pain, 'after the session'));
		return { state: next, decision, screenRedFlags: true, offerRelief: true };
	}
	let decision: Decision;
	if (pain > HOLD_MAX_PAIN) {
		stepBackAll(next, check.levels);
		decision = decide(
			next,
			at,
			day,
			'step-back',
			'after-session',
			pain,
			`We stepped back to easier exercises and lower doses because your pain was ${pain} after the session.`
		);
	} else if (pain > PROGRESS_MAX_PAIN || check.status === 'partial') {
		Object.assign(next.levels, check.levels);
		next.canAdvance = false;
		const reason =
			pain > PROGRESS_MAX_PAIN
				? `your pain was ${pain} after the session`
				: 'the session was ended early';
		decision = decide(
			next,
			at,
			day,
			'hold',
			'after-session',
			pain,
			`We kept yesterday's level because ${reason}.`
		);
	} else {
		for (const [chain, level] of Object.entries(check.levels)) {
			next.levels[chain] = Math.max(next.levels[chain] ?? 0, level);
		}
		next.canAdvance = true;
		decision = decide(
			next,
			at,
			day,
			'progress',
			'after-session',
			pain,
			`Your pain was ${pain} after the session, so the next session moves on as planned. Tell us tomorrow morning how your back feels.`
		);
	}
	next.pendingMorning = {
		day,
		sessionId: check.sessionId,
		painAfter: pain,
		levels: check.levels,
		at
	};
	return { state: next, decision, screenRedFlags: false, offerRelief: false };
}

function morning(state: ProgramState, check: MorningCheck): PainOutcome {
	const next = cloneState(state);
	const pending = next.pendingMorning;
	const { pain, at } = check;
	const screenRedFlags = needsRedFlagScreen(pain);
	if (pain >= FLARE_PAIN) {
		const decision = flare(
			next,
			at,
			pending?.day ?? null,
			pain,
			flareMessage(pain, 'this morning')
		);
		return { state: next, decision, screenRedFlags, offerRelief: true };
	}
	if (!pending) return { state: next, decision: null, screenRedFlags, offerRelief: false };
	next.pendingMorning = null;
	let decision: Decision;
	if (pain > pending.painAfter) {
		stepBackAll(next, pending.levels);
		decision = decide(
			next,
			at,
			pending.day,
			'step-back',
			'morning',
			pain,
			`We stepped back to easier exercises and lower doses because your pain was worse this morning (${pain}) than after the session (${pending.painAfter}).`
		);
	} else if (pain > PROGRESS_MAX_PAIN) {
		next.canAdvance = false;
		decision = decide(
			next,
			at,
			pending.day,
			'hold',
			'morning',
			pain,
			`We kept yesterday's level because your pain was still ${pain} this morning.`
		);
	} else {
		decision = decide(
			next,
			at,
			pending.day,
			next.canAdvance ? 'progress' : 'hold',
			'morning',
			pain,
			next.canAdvance
				? `Your pain had settled by this morning (${pain}), so the plan carries on as planned.`
				: `Your pain had settled by this morning (${pain}). We keep the current level for one more session before moving on.`
		);
	}
	return { state: next, decision, screenRedFlags, offerRelief: false };
}

/**
 * The pain rules. After a session: 0-3 progress (confirmed by the morning check), 4-5 hold,
 * 6 step back, 7+ a flare-up that pauses the plan. Next morning: worse than after the session
 * steps back; 7+ is a flare-up.
 */
export function applyPainCheck(state: ProgramState, check: PainCheck): PainOutcome {
	return check.kind === 'after-session' ? afterSession(state, check) : morning(state, check);
}

/** The person reports a spasm or flare-up outside a session. */
export function reportFlareUp(
	state: ProgramState,
	at: IsoDateTime,
	pain: PainScore | null = null
): PainOutcome {
	const next = cloneState(state);
	const decision = flare(next, at, null, pain, flareMessage(pain, 'during a flare-up'));
	return { state: next, decision, screenRedFlags: needsRedFlagScreen(pain), offerRelief: true };
}

/** A yes to any red-flag question: the plan stops until a doctor has seen the person. */
export function pauseForRedFlag(state: ProgramState, at: IsoDateTime): ProgramState {
	const next = cloneState(state);
	const message =
		'The program is paused because you answered yes to a warning sign. Please see a doctor before exercising again.';
	next.paused = { reason: 'red-flag', since: at, message };
	decide(next, at, null, 'pause', 'red-flag', null, message);
	return next;
}

export function resumeProgram(state: ProgramState, at: IsoDateTime): ProgramState {
	if (!state.paused) return state;
	const next = cloneState(state);
	next.paused = null;
	next.canAdvance = false;
	decide(
		next,
		at,
		null,
		'resume',
		'person',
		null,
		'The plan has resumed at easier levels. It will move on again once a session goes comfortably.'
	);
	return next;
}
