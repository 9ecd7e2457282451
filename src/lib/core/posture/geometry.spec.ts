import { describe, expect, it } from 'vitest';
import { along, dist, elevation, fromVertical, jointAngle, lineOffset } from './geometry';

const p = (x: number, y: number) => ({ x, y });

describe('jointAngle', () => {
	it('is the unsigned angle at the middle point, 0..180', () => {
		expect(jointAngle(p(1, 0), p(0, 0), p(0, 1))).toBeCloseTo(90, 10);
		expect(jointAngle(p(0, 1), p(0, 0), p(1, 0))).toBeCloseTo(90, 10);
		expect(jointAngle(p(-1, 0), p(0, 0), p(1, 0))).toBeCloseTo(180, 10);
		expect(jointAngle(p(2, 0), p(0, 0), p(5, 0))).toBeCloseTo(0, 10);
		expect(jointAngle(p(1, 0), p(0, 0), p(1, -1))).toBeCloseTo(45, 10);
		expect(jointAngle(p(1, 0), p(0, 0), p(-1, Math.sqrt(3)))).toBeCloseTo(120, 10);
	});

	it('does not depend on where the joint is or how long the limbs are', () => {
		expect(jointAngle(p(110, 50), p(100, 50), p(100, 350))).toBeCloseTo(90, 10);
	});
});

describe('elevation', () => {
	it('is up-positive on screen (y down), whichever way the segment points along x', () => {
		expect(elevation(p(0, 0), p(10, -10))).toBeCloseTo(45, 10);
		expect(elevation(p(0, 0), p(-10, -10))).toBeCloseTo(45, 10);
		expect(elevation(p(0, 0), p(10, 10))).toBeCloseTo(-45, 10);
		expect(elevation(p(0, 0), p(-10, 10))).toBeCloseTo(-45, 10);
		expect(elevation(p(0, 0), p(5, 0))).toBeCloseTo(0, 10);
		expect(elevation(p(0, 0), p(0, -3))).toBeCloseTo(90, 10);
		expect(elevation(p(0, 0), p(0, 3))).toBeCloseTo(-90, 10);
	});
});

describe('fromVertical', () => {
	it('is 0 straight up, positive leaning towards +x, negative towards -x', () => {
		expect(fromVertical(p(0, 0), p(0, -10))).toBeCloseTo(0, 10);
		expect(fromVertical(p(0, 0), p(10, -10))).toBeCloseTo(45, 10);
		expect(fromVertical(p(0, 0), p(-10, -10))).toBeCloseTo(-45, 10);
		expect(fromVertical(p(0, 0), p(10, 0))).toBeCloseTo(90, 10);
		expect(fromVertical(p(0, 0), p(0, 10))).toBeCloseTo(180, 10);
	});
});

describe('lineOffset', () => {
	it('is positive below a line drawn left to right and above one drawn right to left', () => {
		expect(lineOffset(p(5, 3), p(0, 0), p(10, 0))).toBeCloseTo(3, 10);
		expect(lineOffset(p(5, -3), p(0, 0), p(10, 0))).toBeCloseTo(-3, 10);
		expect(lineOffset(p(5, 3), p(10, 0), p(0, 0))).toBeCloseTo(-3, 10);
		expect(lineOffset(p(5, -3), p(10, 0), p(0, 0))).toBeCloseTo(3, 10);
	});

	it('is a true distance for a slanted line, and 0 on it', () => {
		expect(lineOffset(p(0, 2), p(0, 0), p(4, 4))).toBeCloseTo(Math.SQRT2, 10);
		expect(lineOffset(p(2, 2), p(0, 0), p(4, 4))).toBeCloseTo(0, 10);
		// A quarter turn clockwise of "down" on screen points to -x.
		expect(lineOffset(p(-1, 5), p(0, 0), p(0, 10))).toBeCloseTo(1, 10);
	});

	it('is 0 for a degenerate line', () => {
		expect(lineOffset(p(3, 4), p(1, 1), p(1, 1))).toBe(0);
	});
});

describe('along and dist', () => {
	it('place a point along a segment: 0 at a, 1 at b, beyond either end outside 0..1', () => {
		const a = p(10, 10);
		const b = p(30, 10);
		expect(along(a, a, b)).toBe(0);
		expect(along(b, a, b)).toBe(1);
		expect(along(p(15, 40), a, b)).toBeCloseTo(0.25, 10);
		expect(along(p(0, 0), a, b)).toBeCloseTo(-0.5, 10);
		expect(along(p(40, -7), a, b)).toBeCloseTo(1.5, 10);
		expect(along(p(3, 3), a, a)).toBe(0);
	});

	it('measures distance', () => {
		expect(dist(p(1, 2), p(4, 6))).toBe(5);
	});
});
