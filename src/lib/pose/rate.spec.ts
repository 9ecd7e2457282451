import { describe, expect, it } from 'vitest';
import { RateMeter } from './rate';

describe('RateMeter', () => {
	it('reports events per second over its window', () => {
		const meter = new RateMeter(1000);
		let fps = 0;
		for (let i = 0; i <= 40; i++) fps = meter.tick(i * 50);
		expect(fps).toBeCloseTo(20, 5);
		expect(meter.spanMs).toBe(1000);
	});

	it('follows a slowdown once the window has passed, and starts over after reset', () => {
		const meter = new RateMeter(1000);
		for (let i = 0; i <= 20; i++) meter.tick(i * 50);
		for (let i = 1; i <= 10; i++) meter.tick(1000 + i * 200);
		expect(meter.rate).toBeCloseTo(5, 5);
		meter.reset();
		expect(meter.tick(5000)).toBe(0);
	});
});
