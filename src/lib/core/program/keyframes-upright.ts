import type { KeyframeSequence } from './keyframes';
import {
	FOUR_POINT as F,
	frame,
	KNEE_ON_FLOOR,
	sequence,
	STANDING as S,
	STANDING_HIP
} from './keyframes-poses';

const MAT = { props: ['mat' as const] };
/** Braced: belly lightly in, the lower back's curve eased. */
const BRACED = { lumbar: 0.1, belly: -0.5, chest: -0.2 };
/**
 * Lying on the side facing the camera, hips and knees bent, head on the lower arm: the near
 * limbs are the top ones.
 */
const CLAM = {
	trunk: 180,
	head: 178,
	upperArm: -22,
	forearm: 5,
	thigh: -4,
	shin: -172,
	foot: 180,
	upperArmFar: 178,
	forearmFar: 176,
	thighFar: -8,
	shinFar: -170,
	footFar: 180
};
const SIT = { ...S, thigh: 0, upperArm: -10, forearm: 0 };
const FOUR_POINT_HIP = { x: KNEE_ON_FLOOR.x, y: KNEE_ON_FLOOR.y - 0.18 };
const FEET: { x: number; y: number } = { x: 0.6, y: 0.85 };

/** Kneeling, side-lying planks, sitting and standing exercises. */
export const UPRIGHT_KEYFRAMES: KeyframeSequence[] = [
	sequence(
		'standing-brace',
		'ankle',
		FEET,
		[
			frame(
				'Stand tall',
				{ ...S, trunk: 87, head: 92, lumbar: 1, chest: 1, belly: 0.8 },
				1500,
				1000
			),
			frame(
				'Tuck the pelvis, chest down',
				{ ...S, ...BRACED, lumbar: -0.4, chest: -0.6, trunk: 92, head: 94, thigh: -86, shin: -91 },
				1500,
				4000
			)
		],
		{ mark: 'lowerBack' }
	),
	sequence('braced-walking', 'hip', STANDING_HIP, [
		frame(
			'Step',
			{
				...S,
				...BRACED,
				trunk: 91,
				thigh: -72,
				shin: -95,
				thighFar: -108,
				shinFar: -112,
				upperArm: -105,
				upperArmFar: -75
			},
			700,
			0,
			'linear'
		),
		frame('Pass', { ...S, ...BRACED }, 700, 0, 'linear'),
		frame(
			'Step',
			{
				...S,
				...BRACED,
				trunk: 91,
				thighFar: -72,
				shinFar: -95,
				thigh: -108,
				shin: -112,
				upperArmFar: -105,
				upperArm: -75
			},
			700,
			0,
			'linear'
		),
		frame('Pass', { ...S, ...BRACED }, 700, 0, 'linear')
	]),
	sequence(
		'sit-to-stand',
		'ankle',
		FEET,
		[
			frame('Sit tall, brace', SIT, 1500, 500),
			frame('Lean from the hips', { ...SIT, trunk: 55, head: 60, upperArm: 0 }, 1500, 300),
			frame('Stand, glutes on', { ...S, upperArm: -40, forearm: -20 }, 2000, 1000),
			frame('Lean from the hips', { ...SIT, trunk: 55, head: 60, upperArm: 0 }, 2000, 300)
		],
		{ props: ['chair'], mark: 'hip' }
	),
	sequence(
		'lifting-practice',
		'ankle',
		FEET,
		[
			frame('Stand close, brace', S, 1500, 500),
			frame(
				'Bend the knees, back flat',
				{ ...S, trunk: 50, head: 40, thigh: -25, shin: -108 },
				2500,
				800
			),
			frame('Lift with the legs', { ...S, upperArm: -70, forearm: 10 }, 2500, 1000)
		],
		{ props: ['box'], mark: 'hip' }
	),
	sequence(
		'four-point-brace',
		'hip',
		FOUR_POINT_HIP,
		[
			frame('Hands and knees, back flat', F, 1500, 1000),
			frame('Reach one hand forward', { ...F, upperArm: -10, forearm: -10 }, 2000, 3000),
			frame('Hands and knees, back flat', F, 2000, 1000),
			frame('Reach the other hand', { ...F, upperArmFar: -10, forearmFar: -10 }, 2000, 3000)
		],
		{ ...MAT, mark: 'wrist' }
	),
	sequence(
		'bird-dog',
		'hip',
		FOUR_POINT_HIP,
		[
			frame('Hands and knees, back flat', F, 1500, 1000),
			frame(
				'Opposite arm and leg, hip height',
				{ ...F, upperArm: 0, forearm: 0, thighFar: 178, shinFar: 178, footFar: 270 },
				2000,
				3000
			),
			frame('Hands and knees, back flat', F, 2000, 1000),
			frame(
				'Change sides',
				{ ...F, upperArmFar: 0, forearmFar: 0, thigh: 178, shin: 178, foot: 270 },
				2000,
				3000
			)
		],
		{ ...MAT, mark: 'ankle' }
	),
	sequence(
		'side-plank-knees',
		'knee',
		{ x: 0.6, y: 0.83 },
		[
			frame(
				'On your side, elbow under shoulder',
				{
					trunk: 155,
					head: 160,
					upperArm: -90,
					forearm: -30,
					thigh: -9,
					shin: 180,
					foot: 180,
					upperArmFar: -40,
					forearmFar: -140
				},
				1500,
				1000
			),
			frame(
				'Hips up in a line',
				{
					trunk: 162,
					head: 162,
					upperArm: -90,
					forearm: -30,
					thigh: -18,
					shin: 180,
					foot: 180,
					upperArmFar: -40,
					forearmFar: -140
				},
				2000,
				4000
			)
		],
		{ view: 'front', ...MAT, mark: 'hip' }
	),
	sequence(
		'side-plank',
		'ankle',
		{ x: 0.8, y: 0.83 },
		[
			frame(
				'On your side, legs long',
				{
					trunk: 155,
					head: 160,
					upperArm: -90,
					forearm: -30,
					thigh: -4,
					shin: -4,
					foot: 80,
					upperArmFar: -40,
					forearmFar: -140
				},
				1500,
				1000
			),
			frame(
				'Hips up, straight line',
				{
					trunk: 168,
					head: 168,
					upperArm: -90,
					forearm: -30,
					thigh: -12,
					shin: -12,
					foot: 80,
					upperArmFar: -40,
					forearmFar: -140
				},
				2000,
				4000
			)
		],
		{ view: 'front', ...MAT, mark: 'hip' }
	),
	sequence(
		'clamshell',
		'hip',
		{ x: 0.5, y: 0.8 },
		[
			frame('Knees together', CLAM, 1500, 500),
			frame('Lift the top knee', { ...CLAM, thigh: 28, shin: -162 }, 1500, 800)
		],
		{ view: 'front', props: ['mat', 'pillow'], mark: 'knee' }
	),
	sequence(
		'childs-pose',
		'knee',
		KNEE_ON_FLOOR,
		[
			frame('Hands and knees', F, 1500, 1000),
			frame(
				'Sit back, back rounds',
				{ ...F, trunk: -10, head: -14, upperArm: -14, forearm: -2, thigh: -27, lumbar: -0.8 },
				3000,
				4000
			)
		],
		{ ...MAT, mark: 'hip' }
	),
	sequence(
		'cat-camel',
		'knee',
		KNEE_ON_FLOOR,
		[
			frame('Back flat', F, 2500, 300),
			frame('Round up gently', { ...F, trunk: 16, head: -45, lumbar: -1 }, 3000, 300),
			frame('Back to flat', F, 3000, 300)
		],
		{ ...MAT, mark: 'lowerBack' }
	),
	sequence(
		'hip-flexor-stretch',
		'knee',
		{ x: 0.4, y: 0.83 },
		[
			frame(
				'Half kneel, tuck the pelvis',
				{
					...S,
					upperArm: -60,
					forearm: 0,
					shin: 180,
					foot: 180,
					thighFar: 0,
					shinFar: -90,
					footFar: 0
				},
				1500,
				1000
			),
			frame(
				'Shift forward a little',
				{
					...S,
					upperArm: -55,
					forearm: 0,
					thigh: -110,
					shin: 180,
					foot: 180,
					thighFar: 0,
					shinFar: -110,
					footFar: 0
				},
				2500,
				4000
			)
		],
		{ ...MAT, mark: 'hip' }
	)
];
