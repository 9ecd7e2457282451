import { getExercise, variantChain } from './catalogue';
import type { Dose, Exercise } from './types';

/** One rung of a progression ladder: which variant, at which dose. */
export interface LadderStep {
	exerciseId: string;
	dose: Dose;
}

type Dimension = 'holdSeconds' | 'reps' | 'sets';
const DIMENSIONS: Dimension[] = ['holdSeconds', 'reps', 'sets'];

function increment(exercise: Exercise, dimension: Dimension, value: number): number {
	if (dimension !== 'holdSeconds') return 1;
	if (exercise.mode === 'timed') return 30;
	// Short holds grow a second at a time (5 -> 10 s); long stretch holds in 5 s steps.
	return value >= 20 ? 5 : 1;
}

/**
 * The doses from an exercise's starting dose to its maximum, one small change per rung. The
 * dimension furthest behind (as a fraction of its range) grows next, so hold time, reps and
 * sets rise together rather than one after the other.
 */
export function doseSteps(exercise: Exercise): Dose[] {
	const start = exercise.dose;
	const max = exercise.maxDose;
	const steps: Dose[] = [{ ...start }];
	let current = { ...start };
	for (;;) {
		let best: Dimension | null = null;
		let bestFraction = Infinity;
		for (const dimension of DIMENSIONS) {
			const range = max[dimension] - start[dimension];
			if (range <= 0 || current[dimension] >= max[dimension]) continue;
			const fraction = (current[dimension] - start[dimension]) / range;
			if (fraction < bestFraction) {
				best = dimension;
				bestFraction = fraction;
			}
		}
		if (best === null) return steps;
		const next = Math.min(max[best], current[best] + increment(exercise, best, current[best]));
		current = { ...current, [best]: next };
		steps.push(current);
	}
}

const LADDERS = new Map<string, LadderStep[]>();

/** The whole progression ladder of an exercise's variant chain, easiest variant first. */
export function ladderFor(exerciseId: string): LadderStep[] {
	const root = chainId(exerciseId);
	let ladder = LADDERS.get(root);
	if (!ladder) {
		ladder = variantChain(root).flatMap((variant) =>
			doseSteps(variant).map((dose) => ({ exerciseId: variant.id, dose }))
		);
		LADDERS.set(root, ladder);
	}
	return ladder;
}

const CHAIN_IDS = new Map<string, string>();

/** A chain is named by its easiest variant. (The catalogue never changes: remembered.) */
export function chainId(exerciseId: string): string {
	let id = CHAIN_IDS.get(exerciseId);
	if (id === undefined) {
		const root = variantChain(exerciseId)[0];
		if (!root) throw new Error(`Empty chain for ${exerciseId}`);
		id = root.id;
		CHAIN_IDS.set(exerciseId, id);
	}
	return id;
}

export function stepAt(exerciseId: string, level: number): LadderStep {
	const ladder = ladderFor(exerciseId);
	const step = ladder[Math.max(0, Math.min(ladder.length - 1, Math.floor(level)))];
	if (!step) throw new Error(`Empty ladder for ${exerciseId}`);
	return step;
}

/** The highest level whose variant is no harder than the given variant. */
export function lastLevelOf(exerciseId: string, variantId: string): number {
	const ladder = ladderFor(exerciseId);
	const order = variantChain(exerciseId).map((e) => e.id);
	const limit = order.indexOf(variantId);
	let last = 0;
	ladder.forEach((step, index) => {
		if (order.indexOf(step.exerciseId) <= limit) last = index;
	});
	return last;
}

/** How far a flare-up's step back goes when no easier variant is below. */
export const STEP_BACK_LEVELS = 3;

/** The ordinary step back: one rung down the ladder (from a harder variant's first rung, the top of the easier one). */
export function oneRungDown(level: number): number {
	return Math.max(0, Math.floor(level) - 1);
}

/**
 * The flare-up step back: always a lower dose, and an easier variant where one exists: from a
 * harder variant it drops to the easier variant just below its top dose.
 */
export function stepBackLevel(exerciseId: string, level: number): number {
	const ladder = ladderFor(exerciseId);
	const order = variantChain(exerciseId).map((e) => e.id);
	const current = stepAt(exerciseId, level);
	const index = order.indexOf(current.exerciseId);
	const previous = order[index - 1];
	if (index > 0 && previous) {
		const first = ladder.findIndex((s) => s.exerciseId === previous);
		return Math.max(first, lastLevelOf(exerciseId, previous) - 2);
	}
	return Math.max(0, Math.floor(level) - STEP_BACK_LEVELS);
}

/** Reps in a given set: a descending pyramid drops by 2 each set. */
export function repsInSet(dose: Dose, setIndex: number): number {
	return dose.descending ? Math.max(1, dose.reps - 2 * setIndex) : dose.reps;
}

export function exerciseOf(step: LadderStep): Exercise {
	return getExercise(step.exerciseId);
}
