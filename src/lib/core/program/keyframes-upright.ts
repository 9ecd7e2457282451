import type { KeyframeSequence } from './keyframes';
import {
	FOUR_POINT as F,
	frame,
	KNEE_ON_FLOOR,
	sequence,
	STANDING as S,
	STANDING_HIP
} from './keyframes-poses';

const SIT = { ...S, thigh: 0, upperArm: -10, forearm: 0 };
const FOUR_POINT_HIP = { x: KNEE_ON_FLOOR.x, y: KNEE_ON_FLOOR.y - 0.18 };
const FEET: { x: number; y: number } = { x: 0.6, y: 0.85 };

/** Kneeling, side-lying planks, sitting and standing exercises. */
export const UPRIGHT_KEYFRAMES: KeyframeSequence[] = [
	sequence('standing-brace', 'ankle', FEET, [
		frame('Stand tall', S, 1500, 1000),
		frame(
			'Tuck the pelvis, chest down',
			{ ...S, trunk: 93, head: 95, thigh: -87, shin: -91 },
			1500,
			4000
		)
	]),
	sequence('braced-walking', 'hip', STANDING_HIP, [
		frame(
			'Step',
			{
				...S,
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
		frame('Pass', S, 700, 0, 'linear'),
		frame(
			'Step',
			{
				...S,
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
		frame('Pass', S, 700, 0, 'linear')
	]),
	sequence('sit-to-stand', 'ankle', FEET, [
		frame('Sit tall, brace', SIT, 1500, 500),
		frame('Lean from the hips', { ...SIT, trunk: 55, head: 60, upperArm: 0 }, 1500, 300),
		frame('Stand, glutes on', { ...S, upperArm: -40, forearm: -20 }, 2000, 1000),
		frame('Lean from the hips', { ...SIT, trunk: 55, head: 60, upperArm: 0 }, 2000, 300)
	]),
	sequence('lifting-practice', 'ankle', FEET, [
		frame('Stand close, brace', S, 1500, 500),
		frame(
			'Bend the knees, back flat',
			{ ...S, trunk: 50, head: 40, thigh: -25, shin: -108 },
			2500,
			800
		),
		frame('Lift with the legs', { ...S, upperArm: -70, forearm: 10 }, 2500, 1000)
	]),
	sequence('four-point-brace', 'hip', FOUR_POINT_HIP, [
		frame('Hands and knees, back flat', F, 1500, 1000),
		frame('Reach one hand forward', { ...F, upperArm: -10, forearm: -10 }, 2000, 3000),
		frame('Hands and knees, back flat', F, 2000, 1000),
		frame('Reach the other hand', { ...F, upperArmFar: -10, forearmFar: -10 }, 2000, 3000)
	]),
	sequence('bird-dog', 'hip', FOUR_POINT_HIP, [
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
	]),
	sequence('side-plank-knees', 'knee', { x: 0.6, y: 0.83 }, [
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
	]),
	sequence('side-plank', 'ankle', { x: 0.8, y: 0.83 }, [
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
	]),
	sequence('clamshell', 'hip', { x: 0.5, y: 0.8 }, [
		frame(
			'Knees together',
			{
				trunk: 180,
				head: 175,
				upperArm: 172,
				forearm: 140,
				thigh: -8,
				shin: -170,
				foot: 180,
				thighFar: -4,
				shinFar: -172
			},
			1500,
			500
		),
		frame(
			'Lift the top knee',
			{
				trunk: 180,
				head: 175,
				upperArm: 172,
				forearm: 140,
				thigh: -8,
				shin: -170,
				foot: 180,
				thighFar: 30,
				shinFar: -160
			},
			1500,
			800
		)
	]),
	sequence('childs-pose', 'knee', KNEE_ON_FLOOR, [
		frame('Hands and knees', F, 1500, 1000),
		frame(
			'Sit back, back rounds',
			{ ...F, trunk: -10, head: -25, upperArm: -5, forearm: 0, thigh: -20 },
			3000,
			4000
		)
	]),
	sequence('cat-camel', 'knee', KNEE_ON_FLOOR, [
		frame('Back flat', F, 2500, 300),
		frame('Round up gently', { ...F, trunk: 18, head: -45 }, 3000, 300),
		frame('Back to flat', F, 3000, 300)
	]),
	sequence('hip-flexor-stretch', 'knee', { x: 0.4, y: 0.83 }, [
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
	])
];
