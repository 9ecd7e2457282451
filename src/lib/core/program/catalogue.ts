import { BRACE_EXERCISES } from './catalogue-brace';
import { MOBILITY_EXERCISES } from './catalogue-mobility';
import { RELIEF_EXERCISES } from './catalogue-relief';
import { STRENGTH_EXERCISES } from './catalogue-strength';
import type { Exercise } from './types';

export const EXERCISES: readonly Exercise[] = [
	...RELIEF_EXERCISES,
	...BRACE_EXERCISES,
	...STRENGTH_EXERCISES,
	...MOBILITY_EXERCISES
];

const BY_ID = new Map(EXERCISES.map((e) => [e.id, e]));

/** The exercise with this id; throws for an unknown id because plans are built from the catalogue. */
export function getExercise(id: string): Exercise {
	const exercise = BY_ID.get(id);
	if (!exercise) throw new Error(`Unknown exercise: ${id}`);
	return exercise;
}

export function findExercise(id: string): Exercise | undefined {
	return BY_ID.get(id);
}

/** The easiest-to-hardest variants linked to an exercise (its progression ladder). */
export function variantChain(id: string): Exercise[] {
	let root = getExercise(id);
	const seen = new Set<string>([root.id]);
	while (root.easier && !seen.has(root.easier)) {
		root = getExercise(root.easier);
		seen.add(root.id);
	}
	const chain = [root];
	let current = root;
	while (current.harder) {
		const next = getExercise(current.harder);
		if (chain.includes(next)) throw new Error(`Variant cycle at ${next.id}`);
		chain.push(next);
		current = next;
	}
	return chain;
}

/** Names and ids that would mean training the back extensors, which this program avoids. */
export const BANNED_PATTERN =
	/superman|back[\s-]?extension|good[\s-]?morning|hyper[\s-]?extension|prone[\s-]?(press|extension)|cobra|swimmer|reverse[\s-]?hyper|deadlift/i;

/** True when an exercise would strengthen the back extensors: banned from the program. */
export function loadsBackExtensors(
	exercise: Pick<Exercise, 'id' | 'name' | 'strengthens'>
): boolean {
	return (
		exercise.strengthens.includes('back-extensors') ||
		BANNED_PATTERN.test(exercise.id) ||
		BANNED_PATTERN.test(exercise.name)
	);
}
