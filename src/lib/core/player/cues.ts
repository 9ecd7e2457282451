import type { Exercise } from '../program/types';
import { BREATH, type Segment } from '../program/timing';
import type { PlayerEvent } from './events';
import { breathLine, cueAt, introLine, LINES, restLine, setLine } from './lines';
import type { Step } from './steps';

/** A cue is spoken this often during a timed period (walking, breathing). */
const TIMED_CUE_MS = 30_000;
/** Holds shorter than this get their cue between holds rather than halfway through. */
const SHORT_HOLD_MS = 6000;

const say = (text: string, kind: Extract<PlayerEvent, { type: 'say' }>['kind']): PlayerEvent => ({
	type: 'say',
	text,
	kind
});
const beep = (tone: Extract<PlayerEvent, { type: 'beep' }>['tone']): PlayerEvent => ({
	type: 'beep',
	tone
});
const crossed = (before: number, after: number, mark: number) => before < mark && after >= mark;

/** Speech when a step begins (sets add their first segment's events separately). */
export function stepEntry(step: Step, exercise: Exercise | null, sets: number): PlayerEvent[] {
	switch (step.kind) {
		case 'pain-check':
			return [say(step.which === 'before' ? LINES.painBefore : LINES.painAfter, 'info')];
		case 'intro':
			return exercise ? [say(introLine(exercise, step.item === 0), 'name')] : [];
		case 'demo':
			return step.lines.filter((l) => l.atMs === 0).map((l) => say(l.spoken, 'info'));
		case 'cool-down':
			return [say(LINES.coolDown, 'info')];
		case 'switch-side':
			return [say(LINES.switchSides, 'info')];
		case 'rest':
			return [say(restLine(Math.round(step.ms / 1000)), 'info')];
		case 'set': {
			const line = setLine(step.set, sets, step.side);
			return line ? [say(line, 'info')] : [];
		}
		case 'summary':
			return [];
	}
}

/** Briefing and reminder lines whose time came between two moments of a timed step. */
export function timedLines(step: Step, before: number, after: number): PlayerEvent[] {
	if (step.kind !== 'demo' && step.kind !== 'rest') return [];
	return step.lines
		.filter((l) => l.atMs > 0 && crossed(before, after, l.atMs))
		.map((l) => say(l.spoken, 'info'));
}

/** "3" to get ready, "Hold" or "Go" with a start beep, and cues at set points. */
export function segmentStart(
	exercise: Exercise,
	segment: Segment,
	index: number,
	holdMs: number
): PlayerEvent[] {
	switch (segment.phase) {
		case 'get-ready':
			return [say('3', 'countdown')];
		case 'hold':
			return [say(LINES.hold, 'hold'), beep('start')];
		case 'timed':
			return [
				say(LINES.go, 'hold'),
				beep('start'),
				say(exercise.breathing ? breathLine(exercise, 'in', 0) : cueAt(exercise, 0), 'cue')
			];
		case 'relax':
			// Short holds leave no room for a cue, so it comes while relaxing before the next one.
			return holdMs < SHORT_HOLD_MS ? [say(cueAt(exercise, Math.floor(index / 2)), 'cue')] : [];
		case 'open':
			return [say(LINES.go, 'hold'), beep('start')];
		case 'rep': {
			const events = segment.count === 1 ? [say(LINES.go, 'hold'), beep('start')] : [];
			if (segment.count !== undefined && segment.count % 4 === 2) {
				events.push(say(cueAt(exercise, Math.floor(segment.count / 4)), 'cue'));
			}
			return events;
		}
	}
}

/** "2, 1" before the start, ticks in the last 3 s of a hold, cues halfway or every 30 s. */
export function segmentProgress(
	exercise: Exercise,
	segment: Segment,
	before: number,
	after: number
): PlayerEvent[] {
	const events: PlayerEvent[] = [];
	const from = (n: number) => segment.ms - n * 1000;
	if (segment.phase === 'get-ready') {
		for (const n of [2, 1])
			if (crossed(before, after, from(n))) events.push(say(String(n), 'countdown'));
	}
	if (segment.phase === 'hold' || segment.phase === 'timed') {
		for (const n of [3, 2, 1]) if (crossed(before, after, from(n))) events.push(beep('tick'));
	}
	if (
		segment.phase === 'hold' &&
		segment.ms >= SHORT_HOLD_MS &&
		crossed(before, after, segment.ms / 2)
	) {
		events.push(say(cueAt(exercise, (segment.count ?? 1) - 1), 'cue'));
	}
	if (segment.phase === 'timed' && exercise.breathing) {
		// Each breath in and out is said as it begins, so the voice and the guide keep one pace.
		const cycle = BREATH.inMs + BREATH.outMs;
		for (let n = Math.floor(before / cycle); n * cycle <= after; n++) {
			const inAt = n * cycle;
			const outAt = inAt + BREATH.inMs;
			if (inAt > 0 && crossed(before, after, inAt) && inAt < segment.ms - 1000)
				events.push(say(breathLine(exercise, 'in', n), 'cue'));
			if (crossed(before, after, outAt) && outAt < segment.ms - 1000)
				events.push(say(breathLine(exercise, 'out', n), 'cue'));
		}
	} else if (segment.phase === 'timed') {
		for (let mark = TIMED_CUE_MS; mark < segment.ms - 5000; mark += TIMED_CUE_MS) {
			if (crossed(before, after, mark))
				events.push(say(cueAt(exercise, mark / TIMED_CUE_MS), 'cue'));
		}
	}
	return events;
}

/** "Relax" after a hold, the count after a rep, "Done" after a timed period. */
export function segmentEnd(segment: Segment): PlayerEvent[] {
	switch (segment.phase) {
		case 'hold':
			return [say(LINES.relax, 'relax'), beep('end')];
		case 'rep':
			return [say(String(segment.count ?? 1), 'count')];
		case 'timed':
			return [say(LINES.done, 'relax'), beep('end')];
		default:
			return [];
	}
}
