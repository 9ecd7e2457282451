import type { KeyframeSequence } from './keyframes';
import { frame, HOOK_LYING as H, LYING_ANKLE, LYING_HIP, sequence } from './keyframes-poses';

const HUG = { upperArm: 30, forearm: 10 };
const CROSSED = { upperArm: 10, forearm: 170 };
const CEILING = { upperArm: 90, forearm: 90 };
const OVERHEAD = 172;
const TABLETOP = { thigh: 90, shin: 0 };

/** Floor exercises lying on the back or side. */
export const LYING_KEYFRAMES: KeyframeSequence[] = [
	sequence('fetal-side-lying', 'hip', LYING_HIP, [
		frame('Lie on your side', { ...H, thigh: 30, shin: -40 }, 2000, 1000),
		frame('Knees towards your chest', { ...H, head: 190, thigh: 115, shin: -5, ...HUG }, 3000, 4000)
	]),
	sequence('single-knee-to-chest', 'hip', LYING_HIP, [
		frame('Start', H, 2000, 1000),
		frame(
			'Draw one knee in',
			{ ...H, ...HUG, thigh: 120, shin: -10, thighFar: 50, shinFar: -66 },
			2500,
			3000
		)
	]),
	sequence('knees-to-chest', 'hip', LYING_HIP, [
		frame('Start', H, 2000, 1000),
		frame('Both knees in', { ...H, ...HUG, thigh: 120, shin: -10 }, 2500, 3000)
	]),
	sequence('diaphragmatic-breathing', 'hip', LYING_HIP, [
		frame('Breathe in, belly rises', { ...H, forearm: 35 }, 4000, 500, 'ease-out'),
		frame('Breathe out slowly', { ...H, forearm: 22 }, 6000, 500, 'ease-in-out')
	]),
	sequence('body-scan-relaxation', 'hip', LYING_HIP, [
		frame('Tighten gently', { ...H, thigh: 48, forearm: 30 }, 3000, 1000),
		frame('Let go', { ...H, thigh: 52, forearm: 22 }, 4000, 2000)
	]),
	sequence('pelvic-tilt', 'hip', LYING_HIP, [
		frame('Start', H, 2000, 500),
		frame('Tilt: back flat to the floor', { ...H, trunk: 182, thigh: 56, shin: -62 }, 2000, 1000)
	]),
	sequence('supine-brace', 'hip', LYING_HIP, [
		frame('Relaxed', H, 2000, 1000),
		frame(
			'Brace: back gently flat, ribs down',
			{ ...H, trunk: 182, thigh: 54, forearm: 20 },
			1500,
			4000
		)
	]),
	sequence('dead-bug-arms', 'hip', LYING_HIP, [
		frame('Arms to the ceiling', { ...H, ...CEILING }, 1500, 500),
		frame('One arm back', { ...H, ...CEILING, upperArm: OVERHEAD, forearm: OVERHEAD }, 2000, 500),
		frame('Arms to the ceiling', { ...H, ...CEILING }, 2000, 500),
		frame(
			'Other arm back',
			{ ...H, ...CEILING, upperArmFar: OVERHEAD, forearmFar: OVERHEAD },
			2000,
			500
		)
	]),
	sequence('dead-bug-legs', 'hip', LYING_HIP, [
		frame('Legs up, knees bent', { ...H, ...TABLETOP }, 1500, 500),
		frame('One heel to the floor', { ...H, ...TABLETOP, thigh: 45, shin: -62 }, 2500, 500),
		frame('Legs up, knees bent', { ...H, ...TABLETOP }, 2500, 500),
		frame('Other heel to the floor', { ...H, ...TABLETOP, thighFar: 45, shinFar: -62 }, 2500, 500)
	]),
	sequence('dead-bug', 'hip', LYING_HIP, [
		frame('Arms up, legs up', { ...H, ...CEILING, ...TABLETOP }, 1500, 500),
		frame(
			'Opposite arm and leg',
			{
				...H,
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
		frame('Arms up, legs up', { ...H, ...CEILING, ...TABLETOP }, 3000, 500),
		frame(
			'Other arm and leg',
			{
				...H,
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
	]),
	sequence('glute-bridge', 'ankle', LYING_ANKLE, [
		frame('Start', { ...H, ...CROSSED }, 2000, 500),
		frame(
			'Lift to a straight line',
			{ ...H, ...CROSSED, trunk: 201, head: 201, thigh: 21, shin: -79 },
			2000,
			3000
		)
	]),
	sequence('single-leg-bridge', 'ankleFar', LYING_ANKLE, [
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
	]),
	sequence('curl-up', 'hip', LYING_HIP, [
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
				trunk: 173,
				head: 173,
				upperArm: 3,
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
	]),
	sequence('hamstring-stretch', 'hip', LYING_HIP, [
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
	]),
	sequence('figure-4-stretch', 'hip', LYING_HIP, [
		frame('Ankle over knee', { ...H, thigh: 70, shin: -15 }, 2000, 1000),
		frame(
			'Draw the thigh in',
			{ ...H, ...HUG, thigh: 100, shin: 0, thighFar: 95, shinFar: -15 },
			2500,
			4000
		)
	]),
	sequence('knee-rolls', 'hip', LYING_HIP, [
		frame('Knees together', { ...H, upperArm: -5, forearm: -5 }, 1500, 500),
		frame('Roll to one side', { ...H, upperArm: -5, forearm: -5, thigh: 32, shin: -55 }, 2500, 500),
		frame('Back to the middle', { ...H, upperArm: -5, forearm: -5 }, 2500, 500),
		frame(
			'Roll to the other side',
			{ ...H, upperArm: -5, forearm: -5, thigh: 62, shin: -75 },
			2500,
			500
		)
	])
];
