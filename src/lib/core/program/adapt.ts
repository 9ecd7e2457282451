import type { IsoDateTime, PainScore, SessionRecord } from '../records';
import { needsRedFlagScreen } from '../safety/red-flags';
import { getExercise } from './catalogue';
import { markDay } from './days';
import { formGoal, inSentence } from './form-goals';
import { oneRungDown, stepBackLevel } from './ladder';
import type { PlannedSession } from './plan';
import {
	cloneState,
	type Decision,
	type DecisionKind,
	type DecisionTrigger,
	type FormHold,
	type ProgramState
} from './state';

/** Pain at or below this after a session, settled by morning: progress as planned. */
export const PROGRESS_MAX_PAIN = 3;
/** Pain up to this: hold the dose. Above it: step back. */
export const HOLD_MAX_PAIN = 5;
/** Pain at or above this is treated as a flare-up: the plan pauses and Relief is offered. */
export const FLARE_PAIN = 7;
/** Pain after a session may be at most this much above the pain before it; more steps back. */
export const BASELINE_RISE_MAX = 2;
/** A next-morning score this much (or more) above the after-session score steps back. */
export const MORNING_RISE_STEP_BACK = 2;
/** With the camera on, a form score (percent of time in good form) below this holds a chain. */
export const FORM_HOLD_BELOW = 70;

export interface AfterSessionCheck {
	kind: 'after-session';
	day: number;
	sessionId: string;
	status: 'done' | 'partial';
	painBefore: PainScore | null;
	painAfter: PainScore;
	/** Level done per chain (PlannedExercise.chain -> level). */
	levels: Record<string, number>;
	/** Form per chain, only for chains the camera watched. */
	form?: Record<string, FormHold>;
	/** The lighter version of the day, chosen because pain before was high. */
	lighter?: boolean;
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
	const form: Record<string, FormHold> = {};
	for (const item of session.items) {
		const result = record.exercises.find((r) => r.exerciseId === item.exerciseId);
		if (!result || result.setsDone === 0) continue;
		levels[item.chain] = item.level;
		if (record.cameraUsed && result.formScore !== undefined)
			form[item.chain] = { exerciseId: item.exerciseId, score: result.formScore };
	}
	return {
		kind: 'after-session',
		day: session.day,
		sessionId: record.id,
		status: record.status === 'complete' ? 'done' : 'partial',
		painBefore: record.painBefore,
		painAfter: record.painAfter,
		levels,
		form,
		lighter: session.lighter === true,
		at: record.endedAt ?? record.startedAt
	};
}

export function decide(
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

/** A flare-up's step back: every chain drops (from the level just done where there is one). */
function stepBackForFlare(state: ProgramState, done: Record<string, number>): void {
	const chains = new Set([...Object.keys(state.levels), ...Object.keys(done)]);
	for (const chain of chains) {
		const base = Math.min(done[chain] ?? Infinity, state.levels[chain] ?? Infinity);
		state.levels[chain] = stepBackLevel(chain, base);
	}
	state.canAdvance = false;
}

/**
 * The ordinary step back: one rung below the level done, for each chain the session trained. A
 * lighter session ran below the person's rungs, so it steps back from their rung instead.
 */
function stepBackOne(state: ProgramState, done: Record<string, number>, lighter: boolean): void {
	for (const [chain, level] of Object.entries(done)) {
		state.levels[chain] = oneRungDown(lighter ? (state.levels[chain] ?? level) : level);
	}
	state.canAdvance = false;
}

/** Chains the camera saw below the form threshold are held; the rest of the session's are freed. */
function updateFormHolds(state: ProgramState, check: AfterSessionCheck): FormHold[] {
	const holds = { ...(state.formHolds ?? {}) };
	for (const chain of Object.keys(check.levels)) {
		const form = check.form?.[chain];
		if (form && form.score < FORM_HOLD_BELOW) holds[chain] = form;
		else delete holds[chain];
	}
	state.formHolds = holds;
	return Object.keys(check.levels).flatMap((chain) => (holds[chain] ? [holds[chain]] : []));
}

/** "we'll keep the glute bridge at this level until your hips stay up (good form 55% …)". */
export function formHoldReason(hold: FormHold): string {
	const exercise = getExercise(hold.exerciseId);
	return `we'll keep ${inSentence(exercise)} at this level until ${formGoal(exercise)} (the camera saw good form ${hold.score}% of the time; the aim is ${FORM_HOLD_BELOW}%)`;
}

function pauseForFlare(
	state: ProgramState,
	at: IsoDateTime,
	day: number | null,
	pain: PainScore | null,
	message: string
): Decision {
	stepBackForFlare(state, state.pendingMorning?.levels ?? {});
	state.pendingMorning = null;
	state.paused = { reason: 'flare-up', since: at, message };
	return decide(state, at, day, 'pause', 'flare-up', pain, message);
}

export function flareMessage(pain: PainScore | null, when: string): string {
	const because = pain === null ? 'you reported a flare-up' : `your pain was ${pain} ${when}`;
	return `We paused the plan because ${because}. Use the Relief session, and resume when the pain has settled. When you resume, the exercises will be easier.`;
}

/** Why pain after a session steps back, or null when it does not. */
function stepBackReason(before: PainScore | null, after: PainScore): string | null {
	if (after > HOLD_MAX_PAIN) return `your pain was ${after} after the session`;
	if (before !== null && after - before > BASELINE_RISE_MAX)
		return `your pain rose from ${before} before the session to ${after} after it`;
	return null;
}

function afterSession(state: ProgramState, check: AfterSessionCheck): PainOutcome {
	const next = markDay(state, check.day, check.status, check.sessionId, check.at);
	const pain = check.painAfter;
	const { day, at } = check;
	const pending = {
		day,
		sessionId: check.sessionId,
		painAfter: pain,
		levels: check.levels,
		at
	};
	next.pendingMorning = null;
	if (pain >= FLARE_PAIN) {
		next.pendingMorning = pending;
		const decision = pauseForFlare(next, at, day, pain, flareMessage(pain, 'after the session'));
		return { state: next, decision, screenRedFlags: true, offerRelief: true };
	}
	const held = updateFormHolds(next, check);
	const stepBack = stepBackReason(check.painBefore, pain);
	let decision: Decision;
	if (stepBack) {
		stepBackOne(next, check.levels, check.lighter === true);
		decision = decide(
			next,
			at,
			day,
			'step-back',
			'after-session',
			pain,
			`We stepped back one step on today's exercises because ${stepBack}.`
		);
	} else if (pain > PROGRESS_MAX_PAIN || check.status === 'partial' || check.lighter) {
		if (!check.lighter) Object.assign(next.levels, check.levels);
		next.canAdvance = false;
		const reason =
			pain > PROGRESS_MAX_PAIN
				? `your pain was ${pain} after the session`
				: check.lighter
					? 'you did a lighter version of the session'
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
		const except = held.length ? `, except that ${held.map(formHoldReason).join('; and ')}` : '';
		decision = decide(
			next,
			at,
			day,
			'progress',
			'after-session',
			pain,
			`Your pain was ${pain} after the session, so the next session moves on as planned${except}. Tell us tomorrow morning how your back feels.`
		);
	}
	next.pendingMorning = pending;
	return { state: next, decision, screenRedFlags: false, offerRelief: false };
}

function morning(state: ProgramState, check: MorningCheck): PainOutcome {
	const next = cloneState(state);
	const pending = next.pendingMorning;
	const { pain, at } = check;
	const screenRedFlags = needsRedFlagScreen(pain);
	if (pain >= FLARE_PAIN) {
		const day = pending?.day ?? null;
		const decision = pauseForFlare(next, at, day, pain, flareMessage(pain, 'this morning'));
		return { state: next, decision, screenRedFlags, offerRelief: true };
	}
	if (!pending) return { state: next, decision: null, screenRedFlags, offerRelief: false };
	next.pendingMorning = null;
	const rise = pain - pending.painAfter;
	let decision: Decision;
	if (pain > HOLD_MAX_PAIN || rise >= MORNING_RISE_STEP_BACK) {
		stepBackOne(next, pending.levels, false);
		const reason =
			pain > HOLD_MAX_PAIN
				? `your pain was ${pain} this morning`
				: `your pain this morning (${pain}) was ${rise} higher than after the session (${pending.painAfter})`;
		decision = decide(
			next,
			at,
			pending.day,
			'step-back',
			'morning',
			pain,
			`We stepped back one step on yesterday's exercises because ${reason}.`
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
 * The pain rules (docs/program.md lists them in words, from rules.ts). After a session, with
 * the pain before it as the baseline: 0-3 and no more than 2 above the baseline progress
 * (confirmed by the morning check), 4-5 hold, above 5 or more than 2 above the baseline steps
 * back one rung, 7+ is a flare-up that pauses the plan. Next morning: a rise of 2 or more, or
 * above 5, steps back one rung; 7+ is a flare-up.
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
	const decision = pauseForFlare(next, at, null, pain, flareMessage(pain, 'during a flare-up'));
	return { state: next, decision, screenRedFlags: needsRedFlagScreen(pain), offerRelief: true };
}
