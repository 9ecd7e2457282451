import type { IsoDate, IsoDateTime, PainScore } from '../records';
import { PROGRAM_DAYS } from './weeks';

export type DayStatus = 'todo' | 'done' | 'partial' | 'skipped';

export interface DayEntry {
	day: number;
	status: DayStatus;
	/** When it was last done, partly done or skipped. */
	at: IsoDateTime | null;
	sessionId: string | null;
}

export type DecisionKind =
	| 'progress'
	| 'hold'
	| 'step-back'
	| 'pause'
	| 'resume'
	| 'skip'
	| 'repeat'
	/** High pain before a session: the person chose the relief flow or a lighter version. */
	| 'relief'
	| 'lighter';
export type DecisionTrigger =
	'after-session' | 'morning' | 'before-session' | 'flare-up' | 'red-flag' | 'person';

/** A change to the plan, with the sentence shown to the person explaining it. */
export interface Decision {
	at: IsoDateTime;
	day: number | null;
	kind: DecisionKind;
	trigger: DecisionTrigger;
	pain: PainScore | null;
	message: string;
}

export type PauseReason = 'flare-up' | 'red-flag';

export interface ProgramPause {
	reason: PauseReason;
	since: IsoDateTime;
	message: string;
}

/** The last session's outcome, kept until the next-morning check confirms or revises it. */
export interface PendingMorningCheck {
	day: number;
	sessionId: string;
	painAfter: PainScore;
	/** Level done per chain in that session. */
	levels: Record<string, number>;
	at: IsoDateTime;
}

/**
 * Everything the program remembers between sessions. JSON-safe (no Dates, Maps or undefined
 * values) so storage can persist it as it is.
 */
export interface ProgramState {
	version: 1;
	startDate: IsoDate;
	days: DayEntry[];
	/** Per variant chain: the highest level done without a pain setback. */
	levels: Record<string, number>;
	/** Whether the next session may go one rung above `levels` (false after a hold or step back). */
	canAdvance: boolean;
	paused: ProgramPause | null;
	/** A day the person chose to repeat; it comes before the next undone day. */
	repeatDay: number | null;
	pendingMorning: PendingMorningCheck | null;
	/**
	 * Chains the camera saw with poor form last time: they stay at their rung even when pain
	 * allows more. Optional because states saved before this rule existed lack it.
	 */
	formHolds?: Record<string, FormHold>;
	history: Decision[];
}

/** A chain held for form: the variant the camera watched and its form score (0-100). */
export interface FormHold {
	exerciseId: string;
	score: number;
}

export function createProgramState(startDate: IsoDate): ProgramState {
	return {
		version: 1,
		startDate,
		days: Array.from({ length: PROGRAM_DAYS }, (_, i) => ({
			day: i + 1,
			status: 'todo',
			at: null,
			sessionId: null
		})),
		levels: {},
		canAdvance: true,
		paused: null,
		repeatDay: null,
		pendingMorning: null,
		formHolds: {},
		history: []
	};
}

/** A copy that can be changed without touching the original (states are values). */
export function cloneState(state: ProgramState): ProgramState {
	return JSON.parse(JSON.stringify(state)) as ProgramState;
}
