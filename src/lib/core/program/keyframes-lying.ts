import type { KeyframeSequence } from './keyframes';
import { frame, HOOK_LYING as H, LYING_ANKLE, LYING_HIP, sequence } from './keyframes-poses';
import { BREATH } from './timing';

const MAT = { props: ['mat' as const] };
/** The lower back resting flat, as in the dead bugs. */
const BACK_FLAT = { ...H, lumbar: -0.2 };
const HUG = { upperArm: 30, forearm: 10 };
const CROSSED = { upperArm: 10, forearm: 170 };
const CEILING = { upperArm: 90, forearm: 90 };
const OVERHEAD = 172;
const TABLETOP = { thigh: 90, shin: 0 };

/** Floor exercises lying on the back or side. */
export const LYING_KEYFRAMES: KeyframeSequence[] = [
	// Seen from above: on the side, head on a pillow, the knees drawn up and the back rounded.
	sequence(
		'fetal-side-lying',
		'hip',
		LYING_HIP,
		[
			frame('Lie on your side', { ...H, ...HUG, thigh: 30, shin: -40, lumbar: 0.3 }, 2000, 1000),
			frame(
				'Knees towards your chest',
				{ ...H, head: 170, thigh: 112, shin: -8, ...HUG, lumbar: -1 },
				3000,
				4000
			)
		],
		{ view: 'above', props: ['mat', 'pillow'] }
	),
	sequence(
		'single-knee-to-chest',
		'hip',
		LYING_HIP,
		[
			frame('On your back, knees bent', H, 2000, 1000),
			frame(
				'Draw one knee in',
				{ ...H, ...HUG, thigh: 120, shin: -10, thighFar: 50, shinFar: -66, lumbar: -0.3 },
				2500,
				3000
			)
		],
		{ ...MAT, mark: 'knee' }
	),
	sequence(
		'knees-to-chest',
		'hip',
		LYING_HIP,
		[
			frame('On your back, knees bent', H, 2000, 1000),
			frame('Both knees in', { ...H, ...HUG, thigh: 122, shin: -8, lumbar: -0.7 }, 2500, 3000)
		],
		{ ...MAT, mark: 'knee' }
	),
	// In time with the breathing guide: in for BREATH.inMs, out for BREATH.outMs, from t = 0.
	sequence(
		'diaphragmatic-breathing',
		'hip',
		LYING_HIP,
		[
			frame(
				'Breathe in, belly rises',
				{ ...H, forearm: -30, belly: 1 },
				BREATH.inMs,
				0,
				'ease-out'
			),
			frame(
				'Breathe out slowly',
				{ ...H, forearm: -8, belly: -0.5 },
				BREATH.outMs,
				0,
				'ease-in-out'
			)
		],
		{ ...MAT, mark: 'belly' }
	),
	sequence(
		'body-scan-relaxation',
		'hip',
		LYING_HIP,
		[
			frame(
				'Tighten gently as you breathe in',
				{ ...H, foot: 35, belly: 0.5 },
				BREATH.inMs,
				0,
				'ease-out'
			),
			frame(
				'Let go as you breathe out',
				{ ...H, thigh: 46, shin: -68, foot: -12, belly: -0.3 },
				BREATH.outMs,
				0
			)
		],
		{ ...MAT, mark: 'toe' }
	),
	sequence(
		'pelvic-tilt',
		'hip',
		LYING_HIP,
		[
			frame('A small gap under the back', { ...H, lumbar: 1 }, 2000, 500),
			frame(
				'Tilt: back flat to the floor',
				{ ...H, thigh: 57, shin: -61, lumbar: -0.4, belly: -0.3 },
				2000,
				1000
			)
		],
		{ ...MAT, mark: 'lowerBack' }
	),
	sequence(
		'supine-brace',
		'hip',
		LYING_HIP,
		[
			frame('Relaxed', { ...H, lumbar: 0.7, belly: 0.4 }, 2000, 1000),
			frame(
				'Brace: belly in, back gently flat, ribs down',
				{ ...H, lumbar: -0.2, belly: -1, chest: -0.6 },
				1500,
				4000
			)
		],
		{ ...MAT, mark: 'belly' }
	),
	sequence(
		'dead-bug-arms',
		'hip',
		LYING_HIP,
		[
			frame('Arms to the ceiling', { ...BACK_FLAT, ...CEILING }, 1500, 500),
			frame(
				'One arm back',
				{ ...BACK_FLAT, ...CEILING, upperArm: OVERHEAD, forearm: OVERHEAD },
				2000,
				500
			),
			frame('Arms to the ceiling', { ...BACK_FLAT, ...CEILING }, 2000, 500),
			frame(
				'Other arm back',
				{ ...BACK_FLAT, ...CEILING, upperArmFar: OVERHEAD, forearmFar: OVERHEAD },
				2000,
				500
			)
		],
		{ ...MAT, mark: 'wrist' }
	),
	sequence(
		'dead-bug-legs',
		'hip',
		LYING_HIP,
		[
			frame('Legs up, knees bent', { ...BACK_FLAT, ...TABLETOP }, 1500, 500),
			frame(
				'One heel to the floor',
				{ ...BACK_FLAT, ...TABLETOP, thigh: 45, shin: -62 },
				2500,
				500
			),
			frame('Legs up, knees bent', { ...BACK_FLAT, ...TABLETOP }, 2500, 500),
			frame(
				'Other heel to the floor',
				{ ...BACK_FLAT, ...TABLETOP, thighFar: 45, shinFar: -62 },
				2500,
				500
			)
		],
		{ ...MAT, mark: 'ankle' }
	),
	sequence(
		'dead-bug',
		'hip',
		LYING_HIP,
		[
			frame('Arms up, legs up', { ...BACK_FLAT, ...CEILING, ...TABLETOP }, 1500, 500),
			frame(
				'Opposite arm and leg',
				{
					...BACK_FLAT,
					...CEILING,
					...TABLETOP,
					upperArm: OVERHEAD,
					forearm: OVERHEAD,
					thighFar: 45,
					shinFar: -62
				},
				3000,
				500
			),
			frame('Arms up, legs up', { ...BACK_FLAT, ...CEILING, ...TABLETOP }, 3000, 500),
			frame(
				'Other arm and leg',
				{
					...BACK_FLAT,
					...CEILING,
					...TABLETOP,
					upperArmFar: OVERHEAD,
					forearmFar: OVERHEAD,
					thigh: 45,
					shin: -62
				},
				3000,
				500
			)
		],
		MAT
	),
	sequence(
		'glute-bridge',
		'ankle',
		LYING_ANKLE,
		[
			frame('On your back, arms crossed', { ...H, ...CROSSED }, 2000, 500),
			frame(
				'Lift to a straight line',
				{ ...H, ...CROSSED, trunk: 201, head: 201, thigh: 21, shin: -79 },
				2000,
				3000
			)
		],
		{ ...MAT, mark: 'hip' }
	),
	sequence(
		'single-leg-bridge',
		'ankleFar',
		LYING_ANKLE,
		[
			frame(
				'One leg long',
				{ ...H, ...CROSSED, thigh: 50, shin: 50, foot: 80, thighFar: 50, shinFar: -66, footFar: 0 },
				2000,
				500
			),
			frame(
				'Lift, hips level',
				{
					...H,
					...CROSSED,
					trunk: 201,
					head: 201,
					thigh: 21,
					shin: 21,
					foot: 80,
					thighFar: 21,
					shinFar: -79,
					footFar: 0
				},
				2000,
				3000
			)
		],
		{ ...MAT, mark: 'hip' }
	),
	sequence(
		'curl-up',
		'hip',
		LYING_HIP,
		[
			frame(
				'Hands under your back',
				{
					...H,
					upperArm: 0,
					forearm: -3,
					thigh: -2,
					shin: -2,
					foot: 80,
					thighFar: 50,
					shinFar: -66,
					footFar: 0
				},
				2000,
				1000
			),
			frame(
				'Head and shoulders just up',
				{
					...H,
					trunk: 169,
					head: 169,
					upperArm: 7,
					forearm: -3,
					thigh: -2,
					shin: -2,
					foot: 80,
					thighFar: 50,
					shinFar: -66,
					footFar: 0
				},
				1500,
				4000
			)
		],
		{ ...MAT, mark: 'head' }
	),
	sequence(
		'hamstring-stretch',
		'hip',
		LYING_HIP,
		[
			frame(
				'Knee bent, towel round the foot',
				{ ...H, thigh: 100, shin: 20, upperArm: 60, forearm: 60 },
				2000,
				1000
			),
			frame(
				'Straighten the leg',
				{
					...H,
					thigh: 75,
					shin: 75,
					foot: 160,
					upperArm: 62,
					forearm: 72,
					thighFar: 50,
					shinFar: -66,
					footFar: 0
				},
				2500,
				4000
			)
		],
		{ props: ['mat', 'towel'] }
	),
	sequence(
		'figure-4-stretch',
		'hip',
		LYING_HIP,
		[
			frame('Ankle over knee', { ...H, thigh: 70, shin: -15 }, 2000, 1000),
			frame(
				'Draw the thigh in',
				{ ...H, ...HUG, thigh: 100, shin: 0, thighFar: 95, shinFar: -15 },
				2500,
				4000
			)
		],
		{ ...MAT, mark: 'knee' }
	),
	sequence(
		'knee-rolls',
		'hip',
		LYING_HIP,
		[
			frame('Knees together', { ...H, upperArm: -5, forearm: -5 }, 1500, 500),
			frame(
				'Roll to one side',
				{ ...H, upperArm: -5, forearm: -5, thigh: 32, shin: -55 },
				2500,
				500
			),
			frame('Back to the middle', { ...H, upperArm: -5, forearm: -5 }, 2500, 500),
			frame(
				'Roll to the other side',
				{ ...H, upperArm: -5, forearm: -5, thigh: 62, shin: -75 },
				2500,
				500
			)
		],
		{ ...MAT, mark: 'knee' }
	)
];
