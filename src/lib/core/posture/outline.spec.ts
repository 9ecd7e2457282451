import { describe, expect, it } from 'vitest';
import { traceFrame } from './analyze';
import { drawFrame, FRAME } from './eval/body-model';
import { hookLying, modelTrace, T } from './eval/synthetic';
import { coarseMask } from './eval/variations';
import type { PostureFrame } from './frame';
import {
	edgeDistance,
	hullDepth,
	maskAt,
	Profile,
	PROFILE_SAMPLES,
	sampleProfile
} from './outline';
import type { PoseMask } from './setup-types';
import { sideOf } from './testing';

/** The lying span the engine measures the lower back over (hip 0, shoulder 1). */
const SPAN = { from: -0.35, to: 1.05, measureFrom: 0.1, measureTo: 0.7 };
const DOWN = { x: 0, y: 1 };
/** One mask pixel of the model's 128-wide mask, in torso lengths. */
const PIXEL = FRAME.width / 128 / T;

function lying(facing: 1 | -1, gapTorso: number, maskWidth = 128): PostureFrame {
	const frame = drawFrame(0, hookLying(facing), sideOf(facing), { backGap: gapTorso * T });
	const l = { name: 'x', trace: modelTrace(null, [frame]), truth: null as never };
	const trace = maskWidth === 128 ? l.trace : coarseMask(l, maskWidth).trace;
	return traceFrame(trace, trace.frames[0]!);
}

function depth(f: PostureFrame, facing: 1 | -1, prof = new Profile()): number {
	const s = hookLying(facing);
	sampleProfile(f.mask!, f.width, f.height, s.hip, s.shoulder, DOWN, SPAN, prof);
	return hullDepth(prof, SPAN);
}

describe('the lower-back gap from the mask (sampleProfile + hullDepth)', () => {
	it('measures a drawn gap within a mask pixel, either way the person lies', () => {
		for (const facing of [1, -1] as const)
			for (const gap of [0.05, 0.1, 0.16, 0.2]) {
				expect(Math.abs(depth(lying(facing, gap), facing) - gap)).toBeLessThan(PIXEL);
			}
	});

	it('grows with the gap', () => {
		const d = [0, 0.05, 0.1, 0.16, 0.2].map((g) => depth(lying(1, g), 1));
		for (let i = 1; i < d.length; i++) expect(d[i]!).toBeGreaterThan(d[i - 1]!);
	});

	it('stays within a pixel of a 64-wide mask too', () => {
		for (const gap of [0.1, 0.2]) {
			expect(Math.abs(depth(lying(1, gap, 64), 1) - gap)).toBeLessThan(2 * PIXEL);
		}
	});

	it('reads a flat back as no gap', () => {
		for (const facing of [1, -1] as const) {
			const prof = new Profile();
			expect(depth(lying(facing, 0), facing, prof)).toBeCloseTo(0, 6);
			expect(prof.meanDepth).toBeCloseTo(0, 6);
		}
	});

	it('gives the mean shortfall over the measured span as well as the deepest', () => {
		const prof = new Profile();
		const deepest = depth(lying(1, 0.16), 1, prof);
		expect(prof.meanDepth).toBeGreaterThan(0.3 * deepest);
		expect(prof.meanDepth).toBeLessThan(deepest);
	});

	it('covers the torso: most samples find the edge, the ones past the buttocks do not', () => {
		const prof = new Profile();
		depth(lying(1, 0.1), 1, prof);
		expect(prof.coverage).toBeGreaterThan(0.85);
		expect(prof.coverage).toBeLessThan(1);
		expect(Number.isNaN(prof.d[0]!)).toBe(true);
		expect(prof.d[PROFILE_SAMPLES >> 1]!).toBeGreaterThan(0);
	});

	it('is NaN, with no coverage, when no body lies on the axis', () => {
		const f = lying(1, 0);
		const empty: PoseMask = { width: 128, height: 96, data: new Uint8Array(128 * 96) };
		const prof = new Profile();
		const s = hookLying(1);
		sampleProfile(empty, f.width, f.height, s.hip, s.shoulder, DOWN, SPAN, prof);
		expect(prof.coverage).toBe(0);
		expect(hullDepth(prof, SPAN)).toBeNaN();
		// The body drawn elsewhere in the frame: the axis runs through the background.
		const away = { x: s.hip.x, y: 40 };
		sampleProfile(f.mask!, f.width, f.height, away, { x: s.shoulder.x, y: 40 }, DOWN, SPAN, prof);
		expect(prof.coverage).toBe(0);
		expect(hullDepth(prof, SPAN)).toBeNaN();
	});

	it('is NaN when the edge is missing in part of the measured span', () => {
		const f = lying(1, 0);
		const mask = f.mask!;
		const s = hookLying(1);
		// Erase the mask from the middle of the torso towards the shoulders.
		const cutX = Math.round(((s.hip.x + 0.4 * (s.shoulder.x - s.hip.x)) * mask.width) / f.width);
		const data = new Uint8Array(mask.data);
		for (let y = 0; y < mask.height; y++) data.fill(0, y * mask.width + cutX, (y + 1) * mask.width);
		const prof = new Profile();
		sampleProfile({ ...mask, data }, f.width, f.height, s.hip, s.shoulder, DOWN, SPAN, prof);
		expect(prof.coverage).toBeGreaterThan(0);
		expect(hullDepth(prof, SPAN)).toBeNaN();
	});

	it('gives NaN for an axis shorter than a pixel', () => {
		const f = lying(1, 0);
		const prof = new Profile();
		const s = hookLying(1);
		sampleProfile(f.mask!, f.width, f.height, s.hip, s.hip, DOWN, SPAN, prof);
		expect(prof.coverage).toBe(0);
		expect(hullDepth(prof, SPAN)).toBeNaN();
	});
});

describe('maskAt', () => {
	// 2 x 2 mask over a 20 x 20 frame: each mask pixel covers 10 x 10 frame pixels.
	const mask: PoseMask = { width: 2, height: 2, data: new Uint8Array([0, 255, 255, 255]) };
	const at = (x: number, y: number) => maskAt(mask, 20, 20, x, y);

	it('is the pixel value at pixel centres, 0..1', () => {
		expect(at(5, 5)).toBe(0);
		expect(at(15, 5)).toBe(1);
		expect(at(5, 15)).toBe(1);
		expect(at(15, 15)).toBe(1);
	});

	it('blends bilinearly between centres', () => {
		expect(at(10, 5)).toBeCloseTo(0.5, 10);
		expect(at(7.5, 5)).toBeCloseTo(0.25, 10);
		expect(at(10, 10)).toBeCloseTo(0.75, 10);
	});

	it('counts everything outside the mask as background', () => {
		expect(at(-50, 5)).toBe(0);
		expect(at(15, 100)).toBe(0);
		// Half a pixel past the edge, half of the last pixel.
		expect(at(20, 15)).toBeCloseTo(0.5, 10);
		expect(at(15, 20)).toBeCloseTo(0.5, 10);
		expect(at(25, 15)).toBe(0);
	});
});

describe('edgeDistance', () => {
	// A 10-pixel-wide band of person across a 40 x 40 mask over a 40 x 40 frame: rows 15..24.
	const data = new Uint8Array(40 * 40);
	data.fill(255, 15 * 40, 25 * 40);
	const mask: PoseMask = { width: 40, height: 40, data };

	it('finds the edge within an eighth of a pixel, either way from the axis', () => {
		expect(edgeDistance(mask, 40, 40, 20, 20, 0, 1, 20, 4)).toBeCloseTo(5, 0);
		expect(Math.abs(edgeDistance(mask, 40, 40, 20, 20, 0, 1, 20, 4) - 5)).toBeLessThanOrEqual(
			0.125
		);
		expect(Math.abs(edgeDistance(mask, 40, 40, 20, 20, 0, -1, 20, 4) - 5)).toBeLessThanOrEqual(
			0.125
		);
	});

	it('is NaN with no body at the start or no edge before the limit', () => {
		expect(edgeDistance(mask, 40, 40, 20, 5, 0, 1, 30, 2)).toBeNaN();
		expect(edgeDistance(mask, 40, 40, 20, 20, 0, 1, 3, 2)).toBeNaN();
	});
});
