import { describe, expect, it } from 'vitest';
import { RepCounter, type Rep, type RepSpecBase } from './reps';

const SPEC: RepSpecBase = { enter: 10, exit: 5, minTopMs: 200, peakMargin: 0, peakBand: 1 };

/** Feeds `value(t)` every `step` ms over [from, to]; returns the reps completed, with their frame. */
function feed(c: RepCounter, from: number, to: number, value: (t: number) => number, step = 100) {
	const reps: Rep[] = [];
	for (let t = from; t <= to; t += step) {
		const r = c.update(t, value(t));
		if (r) reps.push(r);
	}
	return reps;
}

/** Piecewise-linear through [t, v] knots. */
const path =
	(...knots: [number, number][]) =>
	(t: number) => {
		for (let i = 1; i < knots.length; i++) {
			const [t0, v0] = knots[i - 1]!;
			const [t1, v1] = knots[i]!;
			if (t <= t1) return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0 || 1);
		}
		return knots.at(-1)![1];
	};

describe('RepCounter', () => {
	it('counts a rise past enter and back under exit as one rep, with its times and peak', () => {
		const c = new RepCounter(SPEC);
		const reps = feed(c, 0, 3000, path([0, 0], [500, 0], [1000, 15], [1500, 15], [2000, 0]));
		expect(c.count).toBe(1);
		expect(reps).toHaveLength(1);
		// Last at rest (<= exit) at 600 (value 3), first over enter at 900 (12), back at rest at 1900 (3).
		expect(reps[0]).toMatchObject({ start: 600, top: 900, end: 1900, peak: 15 });
		expect(c.phase).toBe('rest');
	});

	it('follows the phases: rest, moving, top', () => {
		const c = new RepCounter(SPEC);
		c.update(0, 0);
		expect([c.phase, c.peak, c.topSince]).toEqual(['rest', NaN, NaN]);
		c.update(100, 7);
		expect([c.phase, c.peak, c.risingUntil]).toEqual(['moving', 7, 100]);
		c.update(200, 12);
		expect([c.phase, c.topSince, c.peak]).toEqual(['top', 200, 12]);
	});

	it('has hysteresis: wobbling between exit and enter counts nothing, nor does a dip at the top', () => {
		const c = new RepCounter(SPEC);
		expect(feed(c, 0, 2000, (t) => (t % 200 === 0 ? 6 : 9))).toEqual([]);
		expect(c.count).toBe(0);
		const d = new RepCounter(SPEC);
		const reps = feed(
			d,
			0,
			4000,
			path([0, 0], [500, 12], [1000, 12], [1300, 7], [1600, 12], [2200, 12], [2700, 0])
		);
		expect(reps).toHaveLength(1);
		expect(d.count).toBe(1);
	});

	it('does not count a twitch shorter than minTopMs at the top', () => {
		const c = new RepCounter(SPEC);
		const reps = feed(c, 0, 1000, (t) => (t === 300 ? 12 : 0));
		expect(reps).toEqual([]);
		expect(c.count).toBe(0);
		expect(c.phase).toBe('rest');
		// 200 ms at the top is enough.
		expect(feed(c, 1000, 2000, (t) => (t >= 1300 && t < 1500 ? 12 : 0))).toHaveLength(1);
	});

	it('skips NaN samples', () => {
		const c = new RepCounter(SPEC);
		const reps = feed(c, 0, 2000, (t) => (t % 300 === 0 ? NaN : t > 400 && t < 1400 ? 12 : 0));
		expect(reps).toHaveLength(1);
		expect(c.update(5000, NaN)).toBeNull();
	});

	it('finish() counts a rep held at the top at the end, not one short of minTopMs or at rest', () => {
		const held = new RepCounter(SPEC);
		feed(held, 0, 1500, path([0, 0], [500, 12]));
		const rep = held.finish(1500);
		expect(rep).toMatchObject({ top: 500, end: 1500, peak: 12 });
		expect(held.count).toBe(1);
		expect(held.finish(1600)).toBeNull(); // once

		const brief = new RepCounter(SPEC);
		feed(brief, 0, 600, path([0, 0], [500, 12]));
		expect(brief.finish(600)).toBeNull();
		expect(brief.count).toBe(0);

		const resting = new RepCounter(SPEC);
		feed(resting, 0, 600, () => 0);
		expect(resting.finish(600)).toBeNull();
	});

	it('gives the span the signal stayed within peakBand of its highest: the top hold', () => {
		const c = new RepCounter(SPEC);
		const [rep] = feed(
			c,
			0,
			4000,
			path([0, 0], [800, 19.5], [1000, 20], [2200, 19.6], [2400, 15], [3000, 0])
		);
		expect(rep).toMatchObject({ peak: 20, peakFrom: 800, peakTo: 2200 });
	});

	it('keeps the top span within a couple of frames over a long hold (more samples than it keeps)', () => {
		const c = new RepCounter(SPEC);
		const step = 1000 / 30;
		let rep: Rep | null = null;
		for (let i = 0; i <= 900; i++) {
			const t = i * step;
			rep ??= c.update(t, t < 1000 ? 0 : t < 25_000 ? 20 : 0);
		}
		expect(rep).not.toBeNull();
		expect(Math.abs(rep!.peakFrom - 1000)).toBeLessThanOrEqual(3 * step);
		expect(Math.abs(rep!.peakTo - 25_000)).toBeLessThanOrEqual(3 * step);
	});

	it('only takes a rise past peakMargin as a new high', () => {
		const c = new RepCounter({ ...SPEC, peakMargin: 2 });
		feed(c, 0, 500, path([0, 0], [300, 12]));
		const settled = c.risingUntil;
		feed(c, 600, 1500, (t) => 12 + (t % 200 === 0 ? 1.5 : 0));
		expect(c.risingUntil).toBe(settled);
		c.update(1600, 15);
		expect(c.risingUntil).toBe(1600);
	});

	it('measures speed in signal units a second over the last ~200 ms, whatever the frame rate', () => {
		for (const step of [1000 / 30, 100, 125]) {
			const c = new RepCounter(SPEC);
			let t = 0;
			for (; t <= 1000; t += step) c.update(t, 0.05 * t);
			expect(c.speed(t - step)).toBeCloseTo(50, 6);
		}
		expect(new RepCounter(SPEC).speed(0)).toBeNaN();
	});

	it('reset() starts over', () => {
		const c = new RepCounter(SPEC);
		feed(c, 0, 3000, path([0, 0], [500, 15], [1500, 15], [2000, 0]));
		expect(c.count).toBe(1);
		c.reset();
		expect([c.count, c.phase]).toEqual([0, 'rest']);
		expect(c.speed(3000)).toBeNaN();
	});
});
