/** Every camera-checked exercise's rules, by catalogue id. */
import { BIRD_DOG, SIDE_PLANK, SIDE_PLANK_KNEES } from './kneeling';
import {
	CURL_UP,
	DEAD_BUG,
	GLUTE_BRIDGE,
	HAMSTRING_STRETCH,
	KNEES_TO_CHEST,
	PELVIC_TILT,
	SUPINE_BRACE
} from './lying';
import { BRACED_WALKING, STANDING_BRACE } from './standing';
import type { ExerciseRules } from './types';

export const EXERCISE_RULES: readonly ExerciseRules[] = [
	SUPINE_BRACE,
	PELVIC_TILT,
	STANDING_BRACE,
	GLUTE_BRIDGE,
	DEAD_BUG,
	BIRD_DOG,
	SIDE_PLANK_KNEES,
	SIDE_PLANK,
	CURL_UP,
	KNEES_TO_CHEST,
	HAMSTRING_STRETCH,
	BRACED_WALKING
];

const BY_ID = new Map(EXERCISE_RULES.map((r) => [r.id, r]));

export function rulesFor(exerciseId: string): ExerciseRules | undefined {
	return BY_ID.get(exerciseId);
}

export const CHECKED_EXERCISES: readonly string[] = EXERCISE_RULES.map((r) => r.id);

export type { CheckSpec, ExerciseRules, FaultCode, BodyPart, RuleContext } from './types';
export { FAULT_CODES } from './types';
