import { describe, expect, it } from 'vitest';
import { Baselines, Floor, Usual } from './baseline';

describe('Floor', () => {
	it('starts at the first value, capped, and skips NaN', () => {
		const f = new Floor(0.06);
		f.update(0, NaN);
		expect(f.value).toBeNaN();
		f.update(0, 0.2);
		expect(f.value).toBe(0.06);
	});

	it('drops to a lower value within about 150 ms, part way on one quick frame', () => {
		const f = new Floor(1);
		f.update(0, 0.5);
		f.update(50, 0.2);
		expect(f.value).toBeCloseTo(0.4, 10);
		f.update(200, 0.2);
		expect(f.value).toBeCloseTo(0.2, 10);
	});

	it('rises only slowly (3 % of the way a second), and never above its cap', () => {
		const f = new Floor(0.06);
		f.update(0, 0);
		f.update(1000, 0.05);
		expect(f.value).toBeCloseTo(0.0015, 10);
		for (let t = 2000; t <= 200_000; t += 1000) f.update(t, 1);
		expect(f.value).toBeLessThanOrEqual(0.06);
		expect(f.value).toBeGreaterThan(0.059);
	});

	it('reset() forgets the floor', () => {
		const f = new Floor(1);
		f.update(0, 0.3);
		f.reset();
		expect(f.value).toBeNaN();
		f.update(10, 0.9);
		expect(f.value).toBe(0.9);
	});
});

describe('Usual', () => {
	it('is a running mean with its time constant', () => {
		const u = new Usual(2000);
		u.update(0, 1);
		u.update(500, 0);
		expect(u.value).toBeCloseTo(0.75, 10);
		u.update(3000, 0);
		expect(u.value).toBe(0);
		u.update(3100, NaN);
		expect(u.value).toBe(0);
	});
});

describe('Baselines', () => {
	it('caps the flat back and the rest positions so a fault held from the start is still one', () => {
		const b = new Baselines();
		b.gap.update(0, 0.3);
		b.lift.update(0, 30);
		b.hipLine.update(0, 0);
		b.head.update(0, 0.5);
		expect([b.gap.value, b.lift.value, b.hipLine.value, b.head.value]).toEqual([
			0.06, 4, -20, 0.15
		]);
		b.hollow.update(0, 0.05);
		b.reset();
		expect([b.gap.value, b.lift.value, b.hipLine.value, b.head.value, b.hollow.value]).toEqual([
			NaN,
			NaN,
			NaN,
			NaN,
			NaN
		]);
	});
});
