import { describe, expect, it } from 'vitest';
import { keyframesFor } from '../program/keyframes-data';
import { targetPose } from '../program/keyframes';
import { ghostBones } from './ghost';
import type { Landmark } from './setup-types';

/** A person lying with the near hip at (hx, hy) and the shoulder `torso` px to one side. */
function lying(hx: number, torso: number, headRight: boolean, W = 480, H = 360): Landmark[] {
	const lm = Array.from({ length: 33 }, () => ({ x: 0, y: 0, z: 0, visibility: 0.9 }));
	lm[23] = { x: hx / W, y: 200 / H, z: 0, visibility: 0.95 };
	lm[11] = { x: (hx + (headRight ? torso : -torso)) / W, y: 200 / H, z: 0, visibility: 0.95 };
	return lm;
}

describe('ghost of the target position', () => {
	const target = targetPose(keyframesFor('glute-bridge')).joints;

	it('is scaled to the person’s torso and placed on their hip', () => {
		const bones = ghostBones(target, lying(200, 90, true), 'left', 480, 360)!;
		const [x1, y1, x2, y2] = bones[0]!; // hip -> shoulder
		expect(x1 * 480).toBeCloseTo(200, 5);
		expect(y1 * 360).toBeCloseTo(200, 5);
		expect(Math.hypot((x2 - x1) * 480, (y2 - y1) * 360)).toBeCloseTo(90, 5);
	});

	it('faces the person’s way', () => {
		const right = ghostBones(target, lying(200, 90, true), 'left', 480, 360)!;
		const left = ghostBones(target, lying(300, 90, false), 'left', 480, 360)!;
		const headSide = (b: readonly number[]) => Math.sign(b[2]! - b[0]!);
		expect(headSide(right[0]!)).toBe(1);
		expect(headSide(left[0]!)).toBe(-1);
	});

	it('needs the torso seen', () => {
		const lm = lying(200, 90, true);
		lm[11] = { ...lm[11]!, visibility: 0.2 };
		expect(ghostBones(target, lm, 'left', 480, 360)).toBeNull();
	});
});
