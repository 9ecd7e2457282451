import { describe, expect, it } from 'vitest';
import { decodeMaskRle } from '../trace';
import { loadClips } from './clips';
import {
	coarseMask,
	lost,
	mirror,
	noisy,
	random,
	resample,
	stretch,
	type Labelled
} from './variations';

const clip = loadClips().find((c) => c.name === 'dev_sb_arched_R')!;
const frames = (l: Labelled) => l.trace.frames;

describe('evaluation variations', () => {
	it('mirror twice is the identity on landmarks and masks; once flips x and swaps the sides', () => {
		const once = mirror(clip);
		const twice = mirror(once);
		expect(twice.truth).toEqual(clip.truth);
		frames(clip).forEach((f, i) => {
			const g = frames(twice)[i]!;
			expect(g.t).toBe(f.t);
			expect(g.mask).toEqual(f.mask);
			f.landmarks!.forEach((p, j) => {
				for (let c = 0; c < 4; c++) expect(g.landmarks![j]![c]).toBeCloseTo(p[c]!, 12);
			});
		});
		const f = frames(clip)[0]!;
		const m = frames(once)[0]!;
		// Left shoulder (11) becomes the right (12), at 1 - x.
		expect(m.landmarks![12]![0]).toBeCloseTo(1 - f.landmarks![11]![0], 12);
		expect(m.landmarks![12]![3]).toBe(f.landmarks![11]![3]);
		expect(m.landmarks![0]![0]).toBeCloseTo(1 - f.landmarks![0]![0], 12);
		const a = decodeMaskRle(f.mask!);
		const b = decodeMaskRle(m.mask!);
		const w = f.mask!.width;
		expect(b[5 * w + 3]).toBe(a[5 * w + w - 1 - 3]);
		expect(b.reduce((s, v) => s + v, 0)).toBe(a.reduce((s, v) => s + v, 0));
	});

	it('stretch scales the frame times and the truth', () => {
		const slow = stretch(clip, 2.5);
		expect(frames(slow).map((f) => f.t)).toEqual(frames(clip).map((f) => Math.round(f.t * 2.5)));
		expect(slow.truth.faults).toEqual([{ code: 'back-arched', start: 2500, end: 5500 }]);
		expect(slow.truth.goodIntervals).toEqual([
			{ start: 0, end: 1500 },
			{ start: 6500, end: 7750 }
		]);
		expect(slow.truth.reps).toBe(clip.truth.reps);
	});

	it('coarseMask halves the mask, each pixel the majority of its block', () => {
		const coarse = coarseMask(clip, 64);
		for (const [i, f] of frames(coarse).entries()) {
			const src = frames(clip)[i]!.mask!;
			expect([f.mask!.width, f.mask!.height]).toEqual([src.width / 2, src.height / 2]);
			expect(f.mask!.rle.reduce((s, r) => s + r, 0)).toBe(64 * f.mask!.height);
			const area = (m: typeof src) => decodeMaskRle(m).reduce((s, v) => s + v, 0);
			expect(4 * area(f.mask!)).toBeGreaterThan(0.8 * area(src));
			expect(4 * area(f.mask!)).toBeLessThan(1.2 * area(src));
		}
		expect(frames(coarse)[0]!.landmarks).toEqual(frames(clip)[0]!.landmarks);
	});

	it('lost blanks the span and takes it out of the good intervals', () => {
		const l = lost(clip, 2400, 400);
		expect(l.truth.goodIntervals).toEqual([
			{ start: 0, end: 600 },
			{ start: 2800, end: 3100 }
		]);
		const inSpan = frames(l).filter((f) => f.t >= 2400 && f.t < 2800);
		expect(inSpan.length).toBe(4);
		expect(inSpan.every((f) => f.landmarks === null && f.mask === undefined)).toBe(true);
		expect(frames(l)).toHaveLength(frames(clip).length);
		// A span inside one good interval splits it.
		expect(lost(clip, 100, 300).truth.goodIntervals[0]).toEqual({ start: 0, end: 100 });
		expect(lost(clip, 100, 300).truth.goodIntervals[1]).toEqual({ start: 400, end: 600 });
	});

	it('resample keeps the time span at the new rate and interpolates the landmarks', () => {
		const at30 = resample(clip, 30);
		// 0 to 3100 ms every 33.3 ms (the last one may fall a rounding error past the end).
		expect(frames(at30).length).toBeGreaterThanOrEqual(93);
		expect(frames(at30).length).toBeLessThanOrEqual(94);
		expect(frames(at30).at(-1)!.t).toBeLessThanOrEqual(3100);
		const f = frames(resample(clip, 20)).find((x) => x.t === 50)!;
		const [a, b] = frames(clip);
		expect(f.landmarks![23]![0]).toBeCloseTo(
			(a!.landmarks![23]![0] + b!.landmarks![23]![0]) / 2,
			4
		);
		const at8 = resample(clip, 8, 40, 3);
		const dt = frames(at8)
			.slice(1)
			.map((x, i) => x.t - frames(at8)[i]!.t);
		expect(Math.min(...dt)).toBeGreaterThanOrEqual(125 - 40);
		expect(Math.max(...dt)).toBeLessThanOrEqual(125 + 40);
	});

	it('noisy jitters the landmarks and drops frames, the same way for the same seed', () => {
		const a = noisy(clip, 0.003, 0.2, 7);
		expect(a).toEqual(noisy(clip, 0.003, 0.2, 7));
		expect(frames(a).length).toBeLessThan(frames(clip).length);
		expect(frames(a)[0]!.t).toBe(0);
		expect(frames(a).at(-1)!.t).toBe(frames(clip).at(-1)!.t);
		const r = random(1);
		const xs = Array.from({ length: 1000 }, r);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
	});
});
