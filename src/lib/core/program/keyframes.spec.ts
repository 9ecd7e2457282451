import { describe, expect, it } from 'vitest';
import {
	keyPoses,
	pose,
	SEGMENT_LENGTH,
	sequenceMs,
	solve,
	targetPose,
	type KeyframeSequence
} from './keyframes';
import { keyframesFor } from './keyframes-data';
import { HOOK_LYING, LYING_HIP, STANDING } from './keyframes-poses';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.hypot(a.x - b.x, a.y - b.y);

const TWO_FRAMES: KeyframeSequence = {
	exerciseId: 'test',
	anchor: 'hip',
	at: { x: 0.5, y: 0.5 },
	frames: [
		{
			label: 'down',
			angles: { ...STANDING, upperArm: -90, forearm: -90 },
			moveMs: 1000,
			holdMs: 1000,
			easing: 'linear'
		},
		{
			label: 'up',
			angles: { ...STANDING, upperArm: 90, forearm: 90 },
			moveMs: 1000,
			holdMs: 1000,
			easing: 'linear'
		}
	]
};

describe('keyframes', () => {
	it('places the anchor joint and keeps segment lengths', () => {
		const joints = solve(HOOK_LYING, 'hip', LYING_HIP);
		expect(joints.hip).toEqual(LYING_HIP);
		expect(distance(joints.hip, joints.shoulder)).toBeCloseTo(SEGMENT_LENGTH.trunk);
		expect(distance(joints.knee, joints.ankle)).toBeCloseTo(SEGMENT_LENGTH.shin);
		// Lying on the back: the head is to the left of the hip, at the same height.
		expect(joints.head.x).toBeLessThan(joints.hip.x);
		expect(joints.shoulder.y).toBeCloseTo(joints.hip.y);
	});

	it('points 90 degrees up the screen (y grows downwards)', () => {
		const joints = solve(STANDING, 'hip', { x: 0.5, y: 0.5 });
		expect(joints.shoulder.y).toBeCloseTo(0.5 - SEGMENT_LENGTH.trunk);
		expect(joints.knee.y).toBeCloseTo(0.5 + SEGMENT_LENGTH.thigh);
	});

	it('far limbs follow the near ones unless given', () => {
		const joints = solve(STANDING, 'hip', { x: 0.5, y: 0.5 });
		expect(joints.kneeFar).toEqual(joints.knee);
		const split = solve({ ...STANDING, thighFar: 0 }, 'hip', { x: 0.5, y: 0.5 });
		expect(split.kneeFar.x).toBeCloseTo(0.5 + SEGMENT_LENGTH.thigh);
	});

	it('interpolates, holds and loops over time', () => {
		expect(sequenceMs(TWO_FRAMES)).toBe(4000);
		const wrist = (t: number) => pose(TWO_FRAMES, t).wrist;
		const down = wrist(1500);
		const up = wrist(3500);
		expect(down.y).toBeGreaterThan(up.y);
		// Halfway through the move up (linear), the arm points straight forward.
		const shoulder = pose(TWO_FRAMES, 2500).shoulder;
		expect(wrist(2500).y).toBeCloseTo(shoulder.y);
		// One loop later, the same pose.
		expect(wrist(1500 + 4000)).toEqual(down);
		// Moving into frame 0 starts from the last frame.
		expect(wrist(0)).toEqual(up);
	});

	it('eases in and out', () => {
		const eased: KeyframeSequence = {
			...TWO_FRAMES,
			frames: TWO_FRAMES.frames.map((f) => ({ ...f, easing: 'ease-in-out' as const }))
		};
		const linearAt = pose(TWO_FRAMES, 2250).wrist.y;
		const easedAt = pose(eased, 2250).wrist.y;
		// A quarter into the move, easing has moved less than linear (still lower on screen).
		expect(easedAt).toBeGreaterThan(linearAt);
	});

	it('gives a still pose per keyframe for reduced motion', () => {
		const stills = keyPoses(keyframesFor('glute-bridge'));
		expect(stills.map((s) => s.label)).toEqual([
			'On your back, arms crossed',
			'Lift to a straight line'
		]);
		// The bridge keeps the feet planted and lifts the hips.
		expect(stills[1]?.joints.ankle.x).toBeCloseTo(stills[0]?.joints.ankle.x ?? 0);
		expect(stills[1]?.joints.hip.y).toBeLessThan(stills[0]?.joints.hip.y ?? 0);
	});

	it('targets the held pose for the camera ghost', () => {
		expect(targetPose(keyframesFor('supine-brace')).label).toBe(
			'Brace: belly in, back gently flat, ribs down'
		);
		expect(targetPose(keyframesFor('glute-bridge')).label).toBe('Lift to a straight line');
		expect(targetPose(TWO_FRAMES).label).toBe('down');
	});
});
