import type { IsoDateTime, PainScore } from '../records';
import { localDate } from '../progress/dates';
import { decide, FLARE_PAIN, PROGRESS_MAX_PAIN } from './adapt';
import { cloneState, type ProgramPause, type ProgramState } from './state';

/** Pain before a session at or above this offers the relief flow or a lighter version instead. */
export const HIGH_PAIN_BEFORE = FLARE_PAIN;
/** Resuming after a flare-up waits for this many days with pain at RESUME_MAX_PAIN or less. */
export const RESUME_GOOD_DAYS = 2;
export const RESUME_MAX_PAIN = PROGRESS_MAX_PAIN;

/** Any pain rating the person gave: a check-in, a session's before/after, a spasm's severity. */
export interface PainReading {
	at: IsoDateTime;
	pain: number;
}

export interface ResumeReadiness {
	ready: boolean;
	/** Good days in a row, counting back from the most recent day with a rating. */
	goodDays: number;
	/** Each day since the pause with its highest rating, oldest first. */
	days: { date: string; pain: number }[];
}

/**
 * Whether a flare-up pause may end: the last RESUME_GOOD_DAYS days with a rating since the pause
 * all had pain at RESUME_MAX_PAIN or less (a day counts by its highest rating, so one bad moment
 * makes it a bad day). Days without a rating are passed over, not counted against.
 */
export function resumeReadiness(
	pause: ProgramPause,
	readings: readonly PainReading[]
): ResumeReadiness {
	const byDay = new Map<string, number>();
	for (const r of readings) {
		if (r.at < pause.since) continue;
		const date = localDate(r.at);
		byDay.set(date, Math.max(byDay.get(date) ?? 0, r.pain));
	}
	const days = [...byDay.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([date, pain]) => ({ date, pain }));
	let goodDays = 0;
	for (let i = days.length - 1; i >= 0 && (days[i]?.pain ?? 11) <= RESUME_MAX_PAIN; i--) goodDays++;
	return { ready: goodDays >= RESUME_GOOD_DAYS, goodDays, days };
}

/** Why the plan waits, for the person to read before choosing to resume early. */
export const RESUME_EARLY_WARNING = `The plan waits until your pain has been ${RESUME_MAX_PAIN} or less on ${RESUME_GOOD_DAYS} days, because exercising on a back that has not settled often brings the spasm back. Soreness for a few days after a spasm is normal. If you feel ready, you can resume now: the exercises will be easier, and you can stop and use Relief at any time.`;

/** A yes to any red-flag question: the plan stops until a doctor has seen the person. */
export function pauseForRedFlag(state: ProgramState, at: IsoDateTime): ProgramState {
	const next = cloneState(state);
	const message =
		'The program is paused because you answered yes to a warning sign. Please see a doctor before exercising again.';
	next.paused = { reason: 'red-flag', since: at, message };
	decide(next, at, null, 'pause', 'red-flag', null, message);
	return next;
}

/** settled: two good days; chosen: the person's choice after reading why; doctor: after a red flag. */
export type ResumeReason = 'settled' | 'chosen' | 'doctor';

const RESUME_MESSAGES: Record<ResumeReason, string> = {
	settled: `Your pain has been ${RESUME_MAX_PAIN} or less on ${RESUME_GOOD_DAYS} days, so the plan has resumed at easier levels. It will move on again once a session goes comfortably.`,
	chosen:
		'You chose to resume before the pain had settled on two days. The plan has resumed at easier levels; stop and use Relief if the pain comes back.',
	doctor:
		'A doctor has checked you, so the plan has resumed at easier levels. It will move on again once a session goes comfortably.'
};

export function resumeProgram(
	state: ProgramState,
	at: IsoDateTime,
	reason: ResumeReason
): ProgramState {
	if (!state.paused) return state;
	const next = cloneState(state);
	next.paused = null;
	next.canAdvance = false;
	decide(next, at, null, 'resume', 'person', null, RESUME_MESSAGES[reason]);
	return next;
}

export type HighPainChoice = 'relief' | 'lighter';

/**
 * Pain of 7 or more before a session (after a clear red-flag screen): the person chose the relief
 * flow or a lighter version of the day. Either way the plan does not step up next time.
 */
export function chooseForHighPain(
	state: ProgramState,
	choice: { day: number; pain: PainScore; kind: HighPainChoice; at: IsoDateTime }
): ProgramState {
	const next = cloneState(state);
	next.canAdvance = false;
	const { day, pain, kind, at } = choice;
	const message =
		kind === 'relief'
			? `Your pain was ${pain} before day ${day}, so you chose the relief session instead. Day ${day} stays next, and the plan will not step up until a session goes comfortably.`
			: `Your pain was ${pain} before day ${day}, so you chose a lighter version of it: each exercise a step easier, one set each.`;
	decide(next, at, day, kind, 'before-session', pain, message);
	return next;
}
