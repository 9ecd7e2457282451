/** The engine frame by frame, on body-model traces whose truth is known by construction. */
import { describe, expect, it } from 'vitest';
import { traceFrame } from './analyze';
import { T } from './eval/synthetic';
import { PostureEngine } from './engine';
import { LM } from './setup-types';
import { PROBLEM_CUES } from './states';
import type { PoseTrace, TraceFrame } from './trace';
import { nobody, runTrace, supineTrace } from './testing';

const ARCH = 0.16 * T;
/** Flat, arched over [from, to), flat again. */
const arched = (from: number, to: number) => (t: number) => (t >= from && t < to ? ARCH : 0);
const withFrames = (trace: PoseTrace, map: (f: TraceFrame) => TraceFrame | null): PoseTrace => ({
	...trace,
	frames: trace.frames.map(map).filter((f): f is TraceFrame => f !== null)
});

describe('PostureEngine: faults', () => {
	it('starts a fault at the first frame of its run and confirms it 300 ms on, at any frame rate', () => {
		for (const fps of [8, 10, 30]) {
			const run = runTrace('supine-brace', supineTrace(arched(2000, 4000), 6000, fps));
			const first = run.results.find((r) => r.state === 'fault')!;
			expect(first.faults[0]).toMatchObject({ code: 'back-arched', since: 2000, outline: true });
			expect(first.t).toBeGreaterThanOrEqual(2300);
			expect(first.t).toBeLessThan(2300 + 1000 / fps);
			expect(run.summary.faults).toHaveLength(1);
			const [f] = run.summary.faults;
			expect(f!.start).toBe(2000);
			expect(f!.end).toBeGreaterThanOrEqual(4000);
			expect(f!.end).toBeLessThan(4000 + 1000 / fps + 1);
			// 6 s of which 2 s arched.
			expect(run.summary.goodFormSeconds).toBeCloseTo(4, 0);
			expect(run.results.filter((r) => r.t < 2000).every((r) => r.state === 'good')).toBe(true);
		}
	});

	it('does not fault a flat back, held at any frame rate', () => {
		for (const fps of [8, 30]) {
			const run = runTrace(
				'supine-brace',
				supineTrace(() => 0, 5000, fps)
			);
			expect(run.summary.faults).toEqual([]);
			expect(run.summary.formScore).toBe(1);
		}
	});

	it('does not fault an arch shorter than 300 ms', () => {
		const run = runTrace('supine-brace', supineTrace(arched(2000, 2200), 4000, 10));
		expect(run.summary.faults).toEqual([]);
		expect(run.summary.goodFormSeconds).toBe(4);
	});

	it('reuses one result object, and ignores a repeated or out-of-order frame', () => {
		const trace = supineTrace(() => 0, 1000, 10);
		const engine = new PostureEngine({ exercise: 'supine-brace' });
		const [a, b] = trace.frames.map((f) => traceFrame(trace, f));
		const first = engine.push(a!);
		const faults = first.faults;
		const second = engine.push(b!);
		expect(second).toBe(first);
		expect(second.faults).toBe(faults);
		expect(second.t).toBe(b!.t);
		expect(engine.push({ ...a!, landmarks: null }).t).toBe(b!.t);
		expect(engine.push({ ...b!, landmarks: null }).state).toBe('good');
	});

	it('refuses an exercise it has no rules for', () => {
		expect(() => new PostureEngine({ exercise: 'tai-chi' })).toThrow(/tai-chi/);
	});
});

describe('PostureEngine: nobody there', () => {
	it('is setting up until somebody is seen, and says so after a second', () => {
		const trace = supineTrace(() => 0, 3000, 10);
		const run = runTrace(
			'supine-brace',
			withFrames(trace, (f) => (f.t < 1500 ? nobody(f.t) : f))
		);
		const before = run.results.filter((r) => r.t < 1500);
		expect(before.every((r) => r.state === 'setting-up' && r.problem === 'no-person')).toBe(true);
		expect(run.results.filter((r) => r.t >= 1500).every((r) => r.state === 'good')).toBe(true);
		expect(run.summary.cues[0]).toEqual({
			t: 1000,
			code: 'no-person',
			text: PROBLEM_CUES['no-person']
		});
		expect(run.summary.unknownSeconds).toBe(1.5);
	});

	it('turns landmarks: null and a gap in t into unknown time, never a fault', () => {
		const trace = supineTrace(() => 0, 6000, 10);
		const run = runTrace(
			'supine-brace',
			withFrames(trace, (f) =>
				f.t >= 3500 && f.t < 4500 ? null : f.t >= 2000 && f.t < 2500 ? nobody(f.t) : f
			)
		);
		const blind = run.results.filter((r) => r.t >= 2000 && r.t < 2500);
		expect(blind).toHaveLength(5);
		expect(blind.every((r) => r.state === 'unknown' && r.problem === 'no-person')).toBe(true);
		expect(run.results.every((r) => r.state !== 'fault')).toBe(true);
		expect(run.summary.faults).toEqual([]);
		// 2000-2500 nobody, 3400-4500 no frames.
		expect(run.summary.unknownSeconds).toBe(1.6);
		expect(run.summary.goodFormSeconds).toBe(4.4);
		expect(run.summary.formScore).toBe(1);
	});

	it('ends a fault once blind for 400 ms, and starts a new one after', () => {
		const trace = supineTrace(arched(1000, 5000), 6000, 10);
		const run = runTrace(
			'supine-brace',
			withFrames(trace, (f) => (f.t >= 2500 && f.t < 3000 ? nobody(f.t) : f))
		);
		const blind = run.results.filter((r) => r.t >= 2500 && r.t < 3000);
		expect(blind.every((r) => r.state === 'unknown')).toBe(true);
		expect(run.summary.faults).toEqual([
			{ code: 'back-arched', start: 1000, end: 2400 },
			{ code: 'back-arched', start: 3000, end: expect.any(Number) }
		]);
	});

	it('is unknown, never a fault, while the near knee cannot be seen', () => {
		const trace = supineTrace(arched(1000, 5000), 6000, 10);
		const hidden = withFrames(trace, (f) => {
			if (f.t < 2000 || f.t >= 4000) return f;
			const landmarks = f.landmarks!.map((p, i) =>
				i === LM.leftKnee ? ([p[0], p[1], p[2], 0.1] as typeof p) : p
			);
			return { ...f, landmarks };
		});
		const run = runTrace('supine-brace', hidden);
		const during = run.results.filter((r) => r.t >= 2000 && r.t < 4000);
		expect(during.every((r) => r.state === 'unknown' && r.problem === 'not-visible')).toBe(true);
		expect(run.summary.faults.map((f) => f.end)).toContain(1900);
	});
});

describe('PostureEngine: cues', () => {
	it('says a lasting fault when confirmed, again every 8 s while it stays, then praises the fix', () => {
		const run = runTrace('supine-brace', supineTrace(arched(1000, 20_000), 21_000, 10));
		const cues = run.summary.cues;
		expect(cues.map((c) => [c.t, c.code])).toEqual([
			[1300, 'back-arched'],
			[9300, 'back-arched'],
			[17_300, 'back-arched'],
			[20_300, 'praise']
		]);
		expect(cues[0]!.text).toBe('Flatten your lower back into the floor');
		expect(run.results.filter((r) => r.cue).map((r) => r.t)).toEqual([1300, 9300, 17_300, 20_300]);
	});

	it('praises a fix soon after, once the 3 s gap allows', () => {
		const run = runTrace('supine-brace', supineTrace(arched(1000, 3600), 7000, 10));
		const cues = run.summary.cues.map((c) => [c.t, c.code]);
		expect(cues).toEqual([
			[1300, 'back-arched'],
			[4300, 'praise']
		]);
	});
});
