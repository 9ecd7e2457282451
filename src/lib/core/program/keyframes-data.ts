import type { KeyframeSequence } from './keyframes';
import { LYING_KEYFRAMES } from './keyframes-lying';
import { UPRIGHT_KEYFRAMES } from './keyframes-upright';

/** Demonstration keyframes for every exercise in the catalogue, by exercise id. */
export const KEYFRAMES: ReadonlyMap<string, KeyframeSequence> = new Map(
	[...LYING_KEYFRAMES, ...UPRIGHT_KEYFRAMES].map((s) => [s.exerciseId, s])
);

export function keyframesFor(exerciseId: string): KeyframeSequence {
	const sequence = KEYFRAMES.get(exerciseId);
	if (!sequence) throw new Error(`No keyframes for ${exerciseId}`);
	return sequence;
}
