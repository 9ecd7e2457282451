/** The engine on the labelled dev clips (a rendered figure run through the real PoseLandmarker). */
import { describe, expect, it } from 'vitest';
import { analyzeTrace } from './analyze';
import { loadClips } from './eval/clips';
import { resample } from './eval/variations';
import { PROBLEM_CUES } from './states';
import { runTrace } from './testing';

const clips = loadClips();
const clip = (name: string) => {
	const c = clips.find((x) => x.name === name);
	if (!c) throw new Error(`no clip ${name}`);
	return c;
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	Math.min(a.end, b.end) > Math.max(a.start, b.start);
const codes = (faults: { code: string }[]) => [...new Set(faults.map((f) => f.code))].sort();

describe('the engine on the dev clips', () => {
	it('has the clips the manifest lists', () => {
		expect(clips.length).toBeGreaterThanOrEqual(17);
	});

	it.each(clips.map((c) => [c.name, c] as const))('%s: reps and faults as labelled', (_, c) => {
		const got = analyzeTrace(c.trace, c.truth.exercise);
		expect(got.reps).toBe(c.truth.reps ?? 0);
		for (const want of c.truth.faults) {
			const match = got.faults.filter((f) => f.code === want.code && overlaps(f, want));
			expect(match, `${want.code} ${want.start}-${want.end}`).toHaveLength(1);
		}
		// Nothing reported that is not labelled, and never inside a good-form interval.
		expect(codes(got.faults)).toEqual(codes(c.truth.faults));
		for (const f of got.faults)
			for (const g of c.truth.goodIntervals)
				expect(overlaps(f, g), `${f.code} in good time`).toBe(false);
	});

	it('reports no fault at all on the good clips, and all their time as good form', () => {
		const good = clips.filter((c) => c.truth.faults.length === 0 && !c.truth.wrongView);
		expect(good.length).toBeGreaterThanOrEqual(6);
		for (const c of good) {
			const got = analyzeTrace(c.trace, c.truth.exercise);
			expect(got.faults, c.name).toEqual([]);
			expect(got.formScore, c.name).toBe(1);
			expect(got.goodReps).toBe(got.reps);
			expect(got.goodFormSeconds).toBe(got.durationSeconds);
		}
	});

	it('says the wrong view filmed from the front, with no fault and a cue to turn side-on', () => {
		const c = clip('dev_sb_front');
		const run = runTrace('standing-brace', c.trace);
		expect(run.results.every((r) => r.problem === 'wrong-view')).toBe(true);
		expect(run.results.every((r) => r.state === 'setting-up' && r.faults.length === 0)).toBe(true);
		expect(run.summary.faults).toEqual([]);
		expect(run.summary.formScore).toBeNull();
		expect(run.summary.cues.map((x) => x.code)).toEqual(['wrong-view']);
		expect(run.summary.cues[0]!.text).toBe(PROBLEM_CUES['wrong-view']);
		expect(run.summary.cues[0]!.text).toMatch(/side/);
	});

	it('says the wrong position for a standing clip analysed as a lying exercise, and no fault', () => {
		for (const exercise of ['supine-brace', 'glute-bridge', 'dead-bug']) {
			const run = runTrace(exercise, clip('dev_sb_arched_R').trace);
			expect(run.results.every((r) => r.problem === 'wrong-position')).toBe(true);
			expect(run.results.every((r) => r.state === 'setting-up')).toBe(true);
			expect(run.summary.faults).toEqual([]);
			expect(run.summary.reps).toBe(0);
			expect(run.summary.cues.map((x) => x.code)).toEqual(['wrong-position']);
		}
		// And the other way round: a lying clip as the standing brace.
		const lying = runTrace('standing-brace', clip('dev_sup_arched_L').trace);
		expect(lying.results.every((r) => r.problem === 'wrong-position')).toBe(true);
		expect(lying.summary.faults).toEqual([]);
	});

	it('says the arms are in the way instead of judging the back, and still sees the hips', () => {
		const run = runTrace('supine-brace', clip('dev_sup_hipslift_R').trace);
		expect(run.results.every((r) => r.problem === 'arms-in-the-way')).toBe(true);
		expect(codes(run.summary.faults)).toEqual(['hips-lifted']);
		expect(run.summary.cues[0]).toMatchObject({ code: 'arms-in-the-way' });
		expect(run.summary.cues[0]!.text).toMatch(/hands on your belly/);
	});

	it('makes frames without a person, and a gap in time, unknown: never a fault', () => {
		const c = clip('dev_sup_arched_L');
		const frames = c.trace.frames
			.filter((f) => f.t < 2500 || f.t >= 3000)
			.map((f) => (f.t >= 1500 && f.t < 1800 ? { t: f.t, landmarks: null } : f));
		const run = runTrace('supine-brace', { ...c.trace, frames });
		const nobody = run.results.filter((r) => r.t >= 1500 && r.t < 1800);
		expect(nobody).toHaveLength(3);
		expect(nobody.every((r) => r.state === 'unknown' && r.problem === 'no-person')).toBe(true);
		// 1500-1800 nobody, 2400-3000 no frames at all.
		expect(run.summary.unknownSeconds).toBe(0.9);
		for (const f of run.summary.faults) {
			expect(f.code).toBe('back-arched');
			expect(overlaps(f, { start: 2400, end: 3000 })).toBe(false);
		}
		const before = runTrace('supine-brace', {
			...c.trace,
			frames: c.trace.frames.map((f) => (f.t < 500 ? { t: f.t, landmarks: null } : f))
		});
		const early = before.results.filter((r) => r.t < 500);
		expect(early.every((r) => r.state === 'setting-up')).toBe(true);
	});

	it('dates a fault from the first frame of the run that confirmed it', () => {
		const run = runTrace('supine-brace', clip('dev_sup_arched_L').trace);
		const first = run.results.findIndex((r) => r.faults.length > 0);
		expect(first).toBeGreaterThan(0);
		const since = run.results[first]!.faults[0]!.since;
		expect(run.summary.faults[0]).toMatchObject({ code: 'back-arched', start: since });
		// Confirmed about 300 ms after it began, on a frame of the clip, not where it was confirmed.
		const t = run.results[first]!.t;
		expect(t - since).toBeGreaterThanOrEqual(300);
		expect(t - since).toBeLessThan(400);
		expect(run.results.some((r) => r.t === since)).toBe(true);
		// From that frame on the run was building: pending, shown as good, not a fault yet.
		const from = run.results.findIndex((r) => r.t === since);
		expect(run.results.slice(from, first).every((r) => r.state === 'good')).toBe(true);
	});

	it('gives the same reps and fault codes at 8 and 30 frames a second', () => {
		for (const c of clips) {
			const at10 = analyzeTrace(c.trace, c.truth.exercise);
			for (const fps of [8, 30]) {
				const got = analyzeTrace(resample(c, fps).trace, c.truth.exercise);
				expect([got.reps, codes(got.faults)], `${c.name} at ${fps} fps`).toEqual([
					at10.reps,
					codes(at10.faults)
				]);
				expect(got.faults.length, `${c.name} at ${fps} fps`).toBe(at10.faults.length);
			}
		}
	});

	it('cues the faults of each faulty clip, never more often than every 3 s', () => {
		for (const c of clips) {
			const { cues } = analyzeTrace(c.trace, c.truth.exercise);
			for (let i = 1; i < cues.length; i++)
				expect(cues[i]!.t - cues[i - 1]!.t).toBeGreaterThanOrEqual(3000);
			const said = cues.map((x) => x.code);
			if (c.name !== 'dev_sup_hipslift_R')
				for (const f of c.truth.faults) expect(said, c.name).toContain(f.code);
		}
	});
});
