import { describe, expect, it } from 'vitest';
import type { TraceAnalysis } from '../analyze';
import { MATCH_IOU, scoreTrace, totals } from './score';
import type { Truth } from './variations';

const truth = (t: Partial<Truth> = {}): Truth => ({
	exercise: 'supine-brace',
	reps: null,
	faults: [],
	goodIntervals: [],
	wrongView: false,
	...t
});

const got = (a: Partial<TraceAnalysis> = {}): TraceAnalysis => ({
	exercise: 'supine-brace',
	frames: 60,
	durationSeconds: 6,
	reps: 0,
	goodReps: 0,
	goodFormSeconds: 0,
	formScore: null,
	faults: [],
	cues: [],
	unknownSeconds: 0,
	...a
});

const arched = (start: number, end: number) => ({ code: 'back-arched', start, end });

describe('scoreTrace', () => {
	it('matches a reported fault to a true one of the same code by IoU', () => {
		expect(MATCH_IOU).toBe(0.2);
		const want = truth({ faults: [arched(1000, 2000)] });
		// 900 ms shared of 1100 ms: a match.
		expect(scoreTrace('a', want, got({ faults: [arched(1100, 2100)] })).codes).toEqual({
			'back-arched': { tp: 1, fp: 0, fn: 0 }
		});
		// 100 ms shared of 2000 ms: too little, one false positive and one miss.
		expect(scoreTrace('b', want, got({ faults: [arched(1900, 3000)] })).codes).toEqual({
			'back-arched': { tp: 0, fp: 1, fn: 1 }
		});
		// The right time, the wrong code.
		expect(
			scoreTrace('c', want, got({ faults: [{ code: 'hips-lifted', start: 1000, end: 2000 }] }))
				.codes
		).toEqual({ 'back-arched': { tp: 0, fp: 0, fn: 1 }, 'hips-lifted': { tp: 0, fp: 1, fn: 0 } });
	});

	it('uses each reported fault for one true fault only', () => {
		const want = truth({ faults: [arched(1000, 2000), arched(1200, 2200)] });
		const s = scoreTrace('d', want, got({ faults: [arched(1000, 2200)] }));
		expect(s.codes['back-arched']).toEqual({ tp: 1, fp: 0, fn: 1 });
	});

	it('adds up reported fault time inside good intervals', () => {
		const want = truth({
			goodIntervals: [
				{ start: 0, end: 1000 },
				{ start: 3000, end: 4000 }
			]
		});
		const s = scoreTrace('e', want, got({ faults: [arched(800, 3500)] }));
		expect(s.falseFaultS).toBeCloseTo(0.7, 10);
	});

	it('scores reps exactly and holds against the good time the truth allows', () => {
		const reps = scoreTrace('f', truth({ reps: 3 }), got({ reps: 3 }));
		expect([reps.repExact, reps.holdErrorS]).toEqual([true, null]);
		expect(scoreTrace('g', truth({ reps: 3 }), got({ reps: 2 })).repExact).toBe(false);
		// 6 s: 2 s good, 2 s at fault, 2 s unlabelled: anything from 2 to 4 s of good form is right.
		const hold = truth({ faults: [arched(2000, 4000)], goodIntervals: [{ start: 0, end: 2000 }] });
		expect(scoreTrace('h', hold, got({ goodFormSeconds: 3 })).holdErrorS).toBe(0);
		expect(scoreTrace('i', hold, got({ goodFormSeconds: 1.5 })).holdErrorS).toBeCloseTo(0.5, 10);
		expect(scoreTrace('j', hold, got({ goodFormSeconds: 4.25 })).holdErrorS).toBeCloseTo(0.25, 10);
		expect(scoreTrace('k', truth({ wrongView: true }), got()).holdErrorS).toBeNull();
	});
});

describe('totals', () => {
	it('pools the counts into precision, recall, rep accuracy and hold error', () => {
		const want = truth({ faults: [arched(1000, 2000)], goodIntervals: [{ start: 0, end: 1000 }] });
		const t = totals([
			scoreTrace('a', want, got({ faults: [arched(1000, 2000)], goodFormSeconds: 1 })),
			scoreTrace('b', want, got({ faults: [arched(1000, 2000), arched(4000, 5000)] })),
			scoreTrace('c', want, got()),
			scoreTrace('d', truth({ reps: 2 }), got({ reps: 2 })),
			scoreTrace('e', truth({ reps: 2 }), got({ reps: 3 }))
		]);
		expect(t.traces).toBe(5);
		expect(t.precision).toBeCloseTo(2 / 3, 10);
		expect(t.recall).toBeCloseTo(2 / 3, 10);
		expect(t.byCode['back-arched']).toEqual({
			tp: 2,
			fp: 1,
			fn: 1,
			precision: 2 / 3,
			recall: 2 / 3
		});
		expect(t.repExactPct).toBe(50);
		// Holds a, b, c: 0, 1 s short, 1 s short.
		expect(t.holdErrorS).toBeCloseTo(2 / 3, 10);
		expect(t.falseFaultS).toBe(0);
	});

	it('counts precision and recall as perfect when there is nothing to find', () => {
		const t = totals([scoreTrace('a', truth(), got())]);
		expect([t.precision, t.recall, t.repExactPct, t.holdErrorS]).toEqual([1, 1, 0, 0]);
	});
});
