/** Rules for the bird dog (hands and knees, side-on) and the side planks (on the side, facing). */
import type { CheckSpec, ExerciseRules } from './types';

export const KNEELING = {
	/** The reaching leg counts as out once the knee is this straight. */
	legOutDeg: 150,
	/** Level is the goal: this far above the horizontal is too high (degrees). */
	legHighDeg: 12,
	/** The reaching arm is higher than the shoulder by this much. */
	armHighDeg: 20,
	/** The back dips below the pelvis - upper back line by this much (torso lengths). */
	sag: 0.09,
	/** Side plank: the hips sit this far below the shoulder - feet line (torso lengths). */
	hipSag: 0.12
} as const;

const kneeling = (posture: string) => posture === 'kneeling';

export const BIRD_DOG: ExerciseRules = {
	id: 'bird-dog',
	view: 'side',
	postures: ['kneeling'],
	outline: ['top-sag'],
	checks: [
		{
			code: 'leg-too-high',
			priority: 3,
			part: 'leg',
			cue: 'Keep that leg at hip height',
			severity: (m) =>
				kneeling(m.posture) && m.legStraightness >= KNEELING.legOutDeg
					? m.legElevation / KNEELING.legHighDeg
					: NaN
		},
		{
			code: 'arm-too-high',
			priority: 2,
			part: 'arm',
			cue: 'Reach forward, not up: arm at shoulder height',
			severity: (m) =>
				kneeling(m.posture) && m.armElevation > -30 ? m.armElevation / KNEELING.armHighDeg : NaN
		},
		{
			code: 'back-sagging',
			priority: 1,
			part: 'back',
			cue: 'Draw your belly in so your back stays flat',
			usesOutline: true,
			yieldsTo: ['leg-too-high'],
			severity: (m, ctx) =>
				kneeling(m.posture) && m.maskUsable
					? m.topSag / Math.max(KNEELING.sag, 1.6 * ctx.maskPixel)
					: NaN
		}
	],
	positionCue: 'Kneel on all fours, side-on to the tablet',
	holding: (m) => m.legStraightness >= KNEELING.legOutDeg
};

const hipsSagging = (to: 'knee' | 'ankle', cue: string): CheckSpec => ({
	code: 'hips-sagging',
	priority: 3,
	part: 'hips',
	cue,
	severity: (m) =>
		m.view === 'front' ? (to === 'knee' ? m.hipSagKnee : m.hipSag) / KNEELING.hipSag : NaN
});

export const SIDE_PLANK_KNEES: ExerciseRules = {
	id: 'side-plank-knees',
	view: 'front',
	postures: ['lying', 'kneeling'],
	outline: [],
	checks: [
		hipsSagging('knee', 'Lift your hips: a straight line from your shoulders to your knees')
	],
	positionCue: 'Lie on your side facing the tablet, propped on your elbow, knees bent'
};

export const SIDE_PLANK: ExerciseRules = {
	id: 'side-plank',
	view: 'front',
	postures: ['lying', 'kneeling'],
	outline: [],
	checks: [
		hipsSagging('ankle', 'Lift your hips: a straight line from your shoulders to your feet')
	],
	positionCue: 'Lie on your side facing the tablet, propped on your elbow, legs straight'
};
