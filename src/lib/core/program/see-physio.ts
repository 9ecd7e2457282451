import type { IsoDate, IsoDateTime } from '../records';
import { addDays, localDate } from '../progress/dates';
import { PROGRESS_MAX_PAIN } from './adapt';
import type { PainReading } from './pause';

/** Pain that has not improved over this many days asks for a professional's view. */
export const NO_IMPROVEMENT_DAYS = 14;
/** An improvement means the second week's average is at least this much below the first's. */
export const IMPROVEMENT_POINTS = 1;
/** This many flare-ups (on different days) within FLARE_WINDOW_DAYS ask for a professional's view. */
export const FLARES_FOR_PROMPT = 3;
export const FLARE_WINDOW_DAYS = 28;

export type PhysioPromptId = 'no-improvement' | 'frequent-flares' | 'program-end';

export interface PhysioPrompt {
	id: PhysioPromptId;
	reason: string;
}

export interface PhysioInput {
	today: IsoDate;
	/** Every pain rating: check-ins, sessions' before and after, spasm severities. */
	readings: readonly PainReading[];
	/** When flare-ups happened: flare pauses, logged spasms, high pain before a session. */
	flares: readonly IsoDateTime[];
	programComplete: boolean;
	/** Pain before each program session, oldest first (null where it was not given). */
	painBefore: readonly (number | null)[];
}

const ADVICE =
	'Please see a physiotherapist or doctor: they can check what is going on and adjust your exercises.';

const average = (values: readonly number[]) =>
	values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
const round = (n: number) => Math.round(n * 10) / 10;

function inDays(readings: readonly PainReading[], from: IsoDate, to: IsoDate): number[] {
	return readings
		.filter((r) => {
			const d = localDate(r.at);
			return d >= from && d <= to;
		})
		.map((r) => r.pain);
}

/** Pain above 3 on average in the last week and not at least a point better than the week before. */
function noImprovement(input: PhysioInput): PhysioPrompt | null {
	const start = addDays(input.today, -(NO_IMPROVEMENT_DAYS - 1));
	const middle = addDays(input.today, -(NO_IMPROVEMENT_DAYS / 2 - 1));
	const early = average(inDays(input.readings, start, addDays(middle, -1)));
	const late = average(inDays(input.readings, middle, input.today));
	if (early === null || late === null || late <= PROGRESS_MAX_PAIN) return null;
	if (late <= early - IMPROVEMENT_POINTS) return null;
	return {
		id: 'no-improvement',
		reason: `Your pain has not improved over the last two weeks (about ${round(late)} out of 10 this week, ${round(early)} the week before). ${ADVICE}`
	};
}

function frequentFlares(input: PhysioInput): PhysioPrompt | null {
	const from = addDays(input.today, -(FLARE_WINDOW_DAYS - 1));
	const days = new Set(input.flares.map((at) => localDate(at)).filter((d) => d >= from));
	if (days.size < FLARES_FOR_PROMPT) return null;
	return {
		id: 'frequent-flares',
		reason: `You have had ${days.size} flare-ups in the last four weeks. ${ADVICE}`
	};
}

/** At the end of the 28 days: pain before the last three sessions no lower than before the first three. */
function programEnd(input: PhysioInput): PhysioPrompt | null {
	if (!input.programComplete) return null;
	const given = input.painBefore.filter((p): p is number => p !== null);
	if (given.length < 2) return null;
	const n = Math.min(3, Math.floor(given.length / 2));
	const start = average(given.slice(0, n)) ?? 0;
	const end = average(given.slice(-n)) ?? 0;
	if (end < start || end === 0) return null;
	return {
		id: 'program-end',
		reason: `You have finished the 28 days, but your pain before sessions (about ${round(end)} out of 10) is no better than at the start (${round(start)}). ${ADVICE}`
	};
}

/** The "see a physiotherapist or doctor" prompts that apply today. */
export function physioPrompts(input: PhysioInput): PhysioPrompt[] {
	return [noImprovement(input), frequentFlares(input), programEnd(input)].filter(
		(p): p is PhysioPrompt => p !== null
	);
}
