/** The engine's per-frame states and the setup problems it can name. */

/**
 * setting-up: not ready to judge (nobody yet, the wrong view or position, not in the hold's
 * position); good / fault: judged; unknown: was judging, but cannot see enough now.
 */
export type FormState = 'setting-up' | 'good' | 'fault' | 'unknown';

export const PROBLEMS = [
	'no-person',
	'not-visible',
	'wrong-view',
	'wrong-position',
	'not-in-position',
	'arms-in-the-way'
] as const;
export type Problem = (typeof PROBLEMS)[number];

/** Spoken when a problem lasts (not-in-position uses the exercise's own position cue). */
export const PROBLEM_CUES: Record<Problem, string> = {
	'no-person': 'I cannot see you. Come back into view of the tablet.',
	'not-visible': 'I cannot see all of you. Move so your whole body is in view.',
	'wrong-view': 'Turn so the tablet sees you from the side.',
	'wrong-position': 'Get into the starting position for this exercise.',
	'not-in-position': 'Get into the starting position for this exercise.',
	'arms-in-the-way':
		'Rest your hands on your belly, so I can see your lower back. Your arms are in the way.'
};
