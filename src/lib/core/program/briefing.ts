/**
 * What the player says before an exercise's first set, and again before later sets. Here in the
 * program because its length is part of the session's planned time (timing.ts).
 */
import type { Exercise } from './types';

/** After this many sessions with an exercise, its briefing is the short version. */
export const SHORT_BRIEFING_AFTER = 3;

/** The shortest demonstration, however little there is to say. */
export const MIN_BRIEFING_MS = 10_000;

export type BriefingKind = 'instruction' | 'safety' | 'mistake';

/** A line the player speaks and shows at a set time into a step. */
export interface TimedLine {
	kind: BriefingKind;
	/** As shown on screen. */
	text: string;
	/** As spoken (safety lines and the mistake get a short lead-in). */
	spoken: string;
	atMs: number;
}

export interface Briefing {
	version: 'full' | 'short';
	lines: TimedLine[];
	/** How long the briefing needs: never shorter than the planned demonstration. */
	ms: number;
}

/**
 * Speaking time for a line: the voice runs at 0.95 of normal speed, about 2.8 words a second;
 * 2.5 leaves room for slower voices, plus a pause between lines.
 */
export function speechMs(text: string): number {
	const words = text.split(/\s+/).filter(Boolean).length;
	return Math.round(words * 400 + 600);
}

/** Time left after the last line to settle into position before "3, 2, 1". */
const SETTLE_MS = 2000;

export function mostCommonMistake(exercise: Exercise): string | null {
	return exercise.mistakes[0] ?? null;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

function lines(exercise: Exercise, version: Briefing['version']): Omit<TimedLine, 'atMs'>[] {
	const steps = version === 'full' ? exercise.instructions : exercise.instructions.slice(0, 1);
	const out: Omit<TimedLine, 'atMs'>[] = steps.map((text) => ({
		kind: 'instruction',
		text,
		spoken: text
	}));
	for (const text of exercise.safety)
		out.push({ kind: 'safety', text, spoken: `Safety: ${sentence(text)}` });
	const mistake = mostCommonMistake(exercise);
	if (mistake) {
		const spoken =
			version === 'full'
				? `The most common mistake: ${sentence(lower(mistake))}`
				: `Watch for ${sentence(lower(mistake))}`;
		out.push({ kind: 'mistake', text: mistake, spoken });
	}
	return out;
}

/**
 * What the player says before the first set: every instruction, the safety lines and the most
 * common mistake; after SHORT_BRIEFING_AFTER sessions, the starting position, the safety lines
 * and the mistake only. The lines are spaced by their speaking time.
 */
export function briefingFor(exercise: Exercise, timesDone: number): Briefing {
	const version = timesDone >= SHORT_BRIEFING_AFTER ? 'short' : 'full';
	let at = 0;
	const timed = lines(exercise, version).map((line) => {
		const out = { ...line, atMs: at };
		at += speechMs(line.spoken);
		return out;
	});
	return { version, lines: timed, ms: Math.max(MIN_BRIEFING_MS, at + SETTLE_MS) };
}

/**
 * The most common mistake again before a later set, timed to end just before the rest does (but
 * never over the "Rest N seconds" that opens it).
 */
export function restReminder(exercise: Exercise, restMs: number): TimedLine[] {
	const mistake = mostCommonMistake(exercise);
	if (!mistake) return [];
	const spoken = `Next set: watch for ${sentence(lower(mistake))}`;
	const atMs = Math.max(2000, restMs - speechMs(spoken) - 500);
	return atMs < restMs ? [{ kind: 'mistake', text: mistake, spoken, atMs }] : [];
}
