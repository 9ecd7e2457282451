import { describe, expect, it } from 'vitest';
import { placeFrame, toElement } from './fit';

describe('placeFrame / toElement', () => {
	it('cover: a 4:3 frame in a portrait box is cropped left and right', () => {
		const p = placeFrame(640, 480, 800, 1280, 'cover', false);
		expect(p.scale).toBeCloseTo(1280 / 480, 10);
		expect(p.left).toBeCloseTo((800 - 640 * (1280 / 480)) / 2, 10);
		expect(p.top).toBe(0);
		expect(toElement(p, 0.5, 0.5)).toEqual([400, 640]);
		// The frame's left edge lies outside the box.
		expect(toElement(p, 0, 0)[0]).toBeLessThan(0);
	});

	it('contain: a 4:3 frame in a portrait box is letterboxed top and bottom', () => {
		const p = placeFrame(640, 480, 800, 1280, 'contain', false);
		expect(p.scale).toBeCloseTo(1.25, 10);
		expect(toElement(p, 0, 0)).toEqual([0, (1280 - 600) / 2]);
		expect(toElement(p, 1, 1)).toEqual([800, (1280 - 600) / 2 + 600]);
	});

	it('mirrors x for a front camera', () => {
		const p = placeFrame(640, 480, 1280, 960, 'contain', true);
		expect(toElement(p, 0.25, 0.5)).toEqual([960, 480]);
		expect(toElement(p, 0, 0)).toEqual([1280, 0]);
	});

	it('keeps the frame aspect in a landscape box wider than the frame', () => {
		const p = placeFrame(480, 640, 1280, 800, 'contain', false);
		expect(p.height).toBe(800);
		expect(p.width).toBeCloseTo(600, 10);
		expect(toElement(p, 0.5, 0)).toEqual([640, 0]);
	});
});
