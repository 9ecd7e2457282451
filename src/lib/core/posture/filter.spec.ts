import { describe, expect, it } from 'vitest';
import { LandmarkFilter, LOW_LATENCY, OneEuroFilter } from './filter';
import type { Landmark } from './setup-types';

/** Deterministic noise in [-1, 1]. */
function noise(seed: number): () => number {
	let s = seed;
	return () => {
		s = (s * 1103515245 + 12345) % 2147483648;
		return (s / 2147483648) * 2 - 1;
	};
}

describe('OneEuroFilter', () => {
	it('passes the first sample through', () => {
		expect(new OneEuroFilter().filter(0.42, 0)).toBe(0.42);
	});

	it('cuts jitter on a still point by more than half', () => {
		const f = new OneEuroFilter(LOW_LATENCY);
		const rand = noise(7);
		let rawErr = 0;
		let outErr = 0;
		for (let i = 0; i < 300; i++) {
			const raw = 0.5 + 0.005 * rand();
			const out = f.filter(raw, i * 33);
			if (i > 30) {
				rawErr += (raw - 0.5) ** 2;
				outErr += (out - 0.5) ** 2;
			}
		}
		expect(Math.sqrt(outErr / rawErr)).toBeLessThan(0.5);
	});

	it('follows a fast movement with little lag', () => {
		const f = new OneEuroFilter(LOW_LATENCY);
		let out = 0;
		// A joint moving half the frame in one second, sampled at 30 fps.
		for (let i = 0; i <= 30; i++) out = f.filter(i / 60, i * 33.3);
		expect(0.5 - out).toBeLessThan(0.05);
	});

	it('ignores a repeated timestamp and starts afresh after reset', () => {
		const f = new OneEuroFilter();
		f.filter(1, 0);
		const a = f.filter(2, 100);
		expect(f.filter(50, 100)).toBe(a);
		f.reset();
		expect(f.filter(9, 200)).toBe(9);
	});
});

describe('LandmarkFilter', () => {
	const pose = (dx: number, visibility = 0.9): Landmark[] =>
		Array.from({ length: 33 }, (_, i) => ({ x: 0.3 + dx, y: i / 40, z: -0.1, visibility }));

	it('filters every coordinate and keeps visibility as reported', () => {
		const f = new LandmarkFilter();
		f.filter(pose(0), 0);
		const out = f.filter(pose(0.1, 0.2), 33);
		expect(out).toHaveLength(33);
		expect(out[5]!.x).toBeGreaterThan(0.3);
		expect(out[5]!.x).toBeLessThan(0.4);
		expect(out[5]!.y).toBeCloseTo(5 / 40, 10);
		expect(out[5]!.visibility).toBe(0.2);
	});

	it('jumps to the new pose after reset', () => {
		const f = new LandmarkFilter();
		f.filter(pose(0), 0);
		f.reset();
		expect(f.filter(pose(0.4), 33)[0]!.x).toBeCloseTo(0.7, 10);
	});
});
