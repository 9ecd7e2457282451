import { describe, expect, it } from 'vitest';
import { shrinkMask } from './mask';

describe('shrinkMask', () => {
	it('keeps the aspect ratio and averages each block', () => {
		// 4x2 source: left half person, right half background.
		const source = new Float32Array([1, 1, 0, 0, 1, 1, 0, 0]);
		const out = shrinkMask(source, 4, 2, 2);
		expect([out.width, out.height]).toEqual([2, 1]);
		expect([...out.data]).toEqual([255, 0]);
	});

	it('keeps a thin gap as a partial value instead of losing it', () => {
		// A one-pixel gap in a 4-pixel block reads as 3/4 person.
		const source = new Float32Array([1, 1, 0, 1, 1, 1, 1, 1]);
		expect([...shrinkMask(source, 8, 1, 2).data]).toEqual([191, 255]);
	});

	it('never enlarges the mask', () => {
		const out = shrinkMask(new Float32Array(6).fill(0.5), 3, 2, 64);
		expect([out.width, out.height]).toEqual([3, 2]);
		expect(out.data.every((v) => v === 128)).toBe(true);
	});
});
