import { briefingFor, MIN_BRIEFING_MS, SHORT_BRIEFING_AFTER } from './briefing';
import { repsInSet } from './ladder';
import type { Dose, Exercise } from './types';

/** Fixed parts of a session, shared by the duration estimate and the player so they agree. */
export const TIMING = {
	introMs: 5_000,
	/** The shortest briefing; the planned time uses each exercise's short briefing (see exerciseMs). */
	demoMs: MIN_BRIEFING_MS,
	getReadyMs: 3_000,
	relaxMs: 4_000,
	sideSwitchMs: 5_000,
	coolDownMs: 4_000
} as const;

/** The pace of a slow breath for breathing and relaxation: in through the nose, a longer breath out. */
export const BREATH = { inMs: 4_000, outMs: 6_000 } as const;

/** 'open': practice, one set with no end of its own (the person ends it). */
export type SegmentPhase = 'get-ready' | 'hold' | 'relax' | 'rep' | 'timed' | 'open';

export type Side = 'left' | 'right';

/** One timed piece of a set: the player walks these; the estimate sums them. */
export interface Segment {
	phase: SegmentPhase;
	ms: number;
	/** 1-based hold or rep number within the set (per side for 'each'). */
	count?: number;
	of?: number;
	side?: Side;
}

/** Sides a set is done on, in order; one entry (null) for both sides together. */
export function setSides(exercise: Exercise): (Side | null)[] {
	return exercise.sided === 'each' ? ['left', 'right'] : [null];
}

/** The segments of one set on one side. */
export function setSegments(
	exercise: Exercise,
	dose: Dose,
	setIndex: number,
	side: Side | null
): Segment[] {
	const segments: Segment[] = [
		{ phase: 'get-ready', ms: TIMING.getReadyMs, side: side ?? undefined }
	];
	const per = repsInSet(dose, setIndex);
	const total = exercise.sided === 'alternate' ? per * 2 : per;
	const sideOf = (i: number): Side | undefined =>
		exercise.sided === 'alternate' ? (i % 2 === 0 ? 'left' : 'right') : (side ?? undefined);
	if (exercise.mode === 'timed') {
		segments.push({ phase: 'timed', ms: dose.holdSeconds * 1000, count: 1, of: 1 });
	} else if (exercise.mode === 'reps') {
		const ms = (exercise.repSeconds ?? 3) * 1000;
		for (let i = 0; i < total; i++) {
			segments.push({ phase: 'rep', ms, count: i + 1, of: total, side: sideOf(i) });
		}
	} else {
		for (let i = 0; i < total; i++) {
			if (i > 0) segments.push({ phase: 'relax', ms: TIMING.relaxMs });
			segments.push({
				phase: 'hold',
				ms: dose.holdSeconds * 1000,
				count: i + 1,
				of: total,
				side: sideOf(i)
			});
		}
	}
	return segments;
}

/** A practice set: get ready, then as long as the person likes. */
export function practiceSegments(): Segment[] {
	return [
		{ phase: 'get-ready', ms: TIMING.getReadyMs },
		{ phase: 'open', ms: Number.POSITIVE_INFINITY }
	];
}

const EXERCISE_MS = new Map<string, number>();

/**
 * Milliseconds of one exercise as planned: intro, the spoken briefing (the short version a
 * person hears once they know the exercise; the first times run longer), every set and side,
 * rests between sets.
 */
export function exerciseMs(exercise: Exercise, dose: Dose): number {
	// Sessions are sized by summing this many times over (fitToBounds): remembered per dose.
	const key = `${exercise.id}|${dose.sets}|${dose.reps}|${dose.holdSeconds}|${dose.restSeconds}|${dose.descending ?? false}`;
	let ms = EXERCISE_MS.get(key);
	if (ms === undefined) {
		ms = countExerciseMs(exercise, dose);
		EXERCISE_MS.set(key, ms);
	}
	return ms;
}

function countExerciseMs(exercise: Exercise, dose: Dose): number {
	let ms = TIMING.introMs + briefingFor(exercise, SHORT_BRIEFING_AFTER).ms;
	const sides = setSides(exercise);
	for (let set = 0; set < dose.sets; set++) {
		sides.forEach((side, i) => {
			if (i > 0) ms += TIMING.sideSwitchMs;
			ms += setSegments(exercise, dose, set, side).reduce((sum, s) => sum + s.ms, 0);
		});
		if (set < dose.sets - 1) ms += dose.restSeconds * 1000;
	}
	return ms;
}

/** Work seconds in a dose (holds, reps and timed periods, without rests or transitions). */
export function workSeconds(exercise: Exercise, dose: Dose): number {
	let ms = 0;
	for (let set = 0; set < dose.sets; set++) {
		for (const side of setSides(exercise)) {
			ms += setSegments(exercise, dose, set, side)
				.filter((s) => s.phase !== 'get-ready' && s.phase !== 'relax')
				.reduce((sum, s) => sum + s.ms, 0);
		}
	}
	return ms / 1000;
}
