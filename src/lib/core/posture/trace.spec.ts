import { describe, expect, it } from 'vitest';
import type { Landmark, PoseFrame } from './setup-types';
import {
	decodeMaskRle,
	decodeTrace,
	encodeMaskRle,
	encodeTrace,
	TraceRecorder,
	traceFileName,
	validateTrace
} from './trace';

const landmarks = (shift = 0): Landmark[] =>
	Array.from({ length: 33 }, (_, i) => ({
		x: 0.123456789 + shift,
		y: i / 33,
		z: -0.05,
		visibility: 0.98765
	}));

const frame = (t: number, withWorld = true): PoseFrame => ({
	t,
	landmarks: landmarks(),
	world: withWorld ? landmarks(1) : undefined
});

describe('mask run lengths', () => {
	it('starts with a background run, even when the first pixel is the person', () => {
		expect(encodeMaskRle(new Uint8Array([255, 255, 0]))).toEqual([0, 2, 1]);
		expect(encodeMaskRle(new Uint8Array([0, 0, 200, 10, 10]))).toEqual([2, 1, 2]);
	});

	it('round-trips a mask at the threshold', () => {
		const data = new Uint8Array([0, 127, 128, 255, 255, 3, 0, 250, 0]);
		const mask = { width: 3, height: 3, rle: encodeMaskRle(data) };
		expect([...decodeMaskRle(mask)]).toEqual([0, 0, 1, 1, 1, 0, 0, 1, 0]);
	});
});

describe('TraceRecorder', () => {
	it('records times from the first frame, rounded points, world and mask when given', () => {
		const rec = new TraceRecorder('glute-bridge', 640, 480);
		rec.add(frame(1000.4), { width: 2, height: 2, data: new Uint8Array([0, 255, 255, 0]) });
		rec.add(frame(1033.6, false));
		const trace = rec.finish();
		expect(trace).toMatchObject({
			format: 'brace-pose-trace',
			version: 1,
			exercise: 'glute-bridge'
		});
		expect(trace.frames.map((f) => f.t)).toEqual([0, 33]);
		expect(trace.frames[0]!.landmarks?.[0]).toEqual([0.12346, 0, -0.05, 0.988]);
		expect(trace.frames[0]!.world).toHaveLength(33);
		expect(trace.frames[0]!.mask).toEqual({ width: 2, height: 2, rle: [1, 2, 1] });
		expect(trace.frames[1]).not.toHaveProperty('world');
		expect(trace.frames[1]).not.toHaveProperty('mask');
	});

	it('hands out a copy, so recording on does not change a finished trace', () => {
		const rec = new TraceRecorder(null, 640, 480);
		rec.add(frame(0));
		const first = rec.finish();
		rec.add(frame(10));
		expect(first.frames).toHaveLength(1);
		expect(rec.frameCount).toBe(2);
	});
});

describe('encode, decode, validate', () => {
	it('round-trips through JSON', () => {
		const rec = new TraceRecorder('dead-bug', 480, 640);
		rec.add(frame(5), { width: 4, height: 1, data: new Uint8Array([0, 0, 255, 0]) });
		const trace = rec.finish();
		expect(decodeTrace(encodeTrace(trace))).toEqual(trace);
	});

	it('names each problem', () => {
		const bad = {
			format: 'other',
			version: 2,
			exercise: 3,
			width: 640,
			height: 480,
			frames: [
				{ t: 0, landmarks: [[0, 0, 0]] },
				{
					t: 1,
					landmarks: landmarks().map(() => [0, 0, 0, 1]),
					mask: { width: 2, height: 2, rle: [1, 1] }
				}
			]
		};
		const result = validateTrace(bad);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors).toEqual([
				'format: expected "brace-pose-trace"',
				'version: expected 1',
				'exercise: string or null',
				'frames[0].landmarks: expected 33 points',
				'frames[1].mask.rle: runs must add up to width x height'
			]);
		}
		expect(() => decodeTrace('{"format":"x"}')).toThrow(/Not a Brace pose trace/);
	});

	it('makes a file name from the exercise and time', () => {
		const trace = new TraceRecorder(null, 1, 1).finish();
		expect(traceFileName(trace, new Date('2026-11-26T09:15:30Z'))).toBe(
			'brace-pose-trace-free-2026-11-26T0915.json'
		);
	});
});
