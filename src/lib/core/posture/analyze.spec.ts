import { describe, expect, it } from 'vitest';
import { analyzeTrace, traceFrame } from './analyze';
import { T } from './eval/synthetic';
import { encodeMaskRle, type PoseTrace } from './trace';
import { supineTrace } from './testing';

const archedTrace = supineTrace((t) => (t >= 1000 && t < 3000 ? 0.16 * T : 0), 4000, 10);
const shifted = (trace: PoseTrace, by: number): PoseTrace => ({
	...trace,
	frames: trace.frames.map((f) => ({ ...f, t: f.t + by }))
});

describe('analyzeTrace', () => {
	it('gives the fields of the analyze command, and nothing else', () => {
		const got = analyzeTrace(archedTrace, 'supine-brace');
		expect(Object.keys(got).sort()).toEqual(
			[
				'exercise',
				'frames',
				'durationSeconds',
				'reps',
				'goodReps',
				'goodFormSeconds',
				'formScore',
				'faults',
				'cues',
				'unknownSeconds'
			].sort()
		);
		expect(got).toMatchObject({
			exercise: 'supine-brace',
			frames: 41,
			durationSeconds: 4,
			reps: 0,
			goodReps: 0,
			goodFormSeconds: 2,
			formScore: 0.5,
			unknownSeconds: 0
		});
		expect(got.faults).toEqual([{ code: 'back-arched', start: 1000, end: 3000 }]);
		expect(got.cues).toEqual([
			{ t: 1300, code: 'back-arched', text: 'Flatten your lower back into the floor' }
		]);
		// Plain JSON: what the command prints parses back the same.
		expect(JSON.parse(JSON.stringify(got))).toEqual(got);
	});

	it('gives times from the first frame, wherever the trace’s clock starts', () => {
		const base = analyzeTrace(archedTrace, 'supine-brace');
		expect(analyzeTrace(shifted(archedTrace, 123_456), 'supine-brace')).toEqual(base);
	});

	it('handles an empty trace', () => {
		expect(analyzeTrace({ ...archedTrace, frames: [] }, 'supine-brace')).toEqual({
			exercise: 'supine-brace',
			frames: 0,
			durationSeconds: 0,
			reps: 0,
			goodReps: 0,
			goodFormSeconds: 0,
			formScore: null,
			faults: [],
			cues: [],
			unknownSeconds: 0
		});
	});
});

describe('traceFrame', () => {
	it('turns a trace frame into an engine frame: points, the mask as 0/255 bytes, the frame size', () => {
		const trace: PoseTrace = {
			format: 'brace-pose-trace',
			version: 1,
			exercise: null,
			width: 640,
			height: 480,
			frames: []
		};
		const points = Array.from(
			{ length: 33 },
			(_, i) => [i / 33, 0.5, -0.1, 0.9] as [number, number, number, number]
		);
		const f = traceFrame(trace, {
			t: 40,
			landmarks: points,
			mask: { width: 2, height: 2, rle: encodeMaskRle(new Uint8Array([0, 255, 255, 0])) }
		});
		expect(f.t).toBe(40);
		expect([f.width, f.height]).toEqual([640, 480]);
		expect(f.landmarks![3]).toEqual({ x: 3 / 33, y: 0.5, z: -0.1, visibility: 0.9 });
		expect(f.world).toBeNull();
		expect([...f.mask!.data]).toEqual([0, 255, 255, 0]);
		const empty = traceFrame(trace, { t: 80, landmarks: null });
		expect(empty.landmarks).toBeNull();
		expect(empty.mask).toBeNull();
	});
});
