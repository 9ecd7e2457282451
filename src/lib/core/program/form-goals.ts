import type { Exercise, PostureCheckId } from './types';

/** What good form looks like for each posture check, in words that finish "until …". */
export const FORM_GOALS: Record<PostureCheckId, string> = {
	'flat-back': 'your lower back stays flat',
	'pelvis-tucked': 'your pelvis stays tucked under',
	'chest-down': 'your chest stays soft and down',
	'hips-level': 'your hips stay level',
	'hip-height': 'your hips stay up',
	'knees-bent': 'your knees stay bent',
	'arms-position': 'your arms stay in place',
	'trunk-still': 'your trunk stays still',
	'body-line': 'your body stays in one straight line',
	'head-neutral': 'your head and neck stay relaxed',
	'knees-to-chest': 'your knees come in towards your chest',
	'leg-straight': 'your leg stays straight'
};

/** The exercise's headline form goal: its first (most important) posture check. */
export function formGoal(exercise: Exercise): string {
	const check = exercise.checks[0];
	return check ? FORM_GOALS[check] : 'your form stays steady';
}

/** "Glute bridge" -> "the glute bridge", for use inside a sentence. */
export function inSentence(exercise: Exercise): string {
	return `the ${exercise.name.charAt(0).toLowerCase()}${exercise.name.slice(1)}`;
}
