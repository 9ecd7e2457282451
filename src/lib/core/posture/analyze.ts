/**
 * Runs the posture engine over a recorded pose trace: what `npm run analyze` prints, and what
 * the evaluation scores. Times in the result are ms from the trace's first frame.
 */
import type { Calibration } from './calibration';
import { CalibrationRecorder } from './calibration';
import { PostureEngine } from './engine';
import type { PostureFrame } from './frame';
import { Measurer } from './measures';
import { rulesFor } from './rules';
import type { Landmark, PoseMask } from './setup-types';
import { decodeMaskRle, type PoseTrace, type TraceFrame } from './trace';

export interface TraceAnalysis {
	exercise: string;
	frames: number;
	durationSeconds: number;
	reps: number;
	goodReps: number;
	goodFormSeconds: number;
	formScore: number | null;
	faults: { code: string; start: number; end: number }[];
	cues: { t: number; code: string; text: string }[];
	unknownSeconds: number;
}

const point = (p: readonly number[]): Landmark => ({
	x: p[0]!,
	y: p[1]!,
	z: p[2]!,
	visibility: p[3]!
});

/** A trace frame as the engine takes it (the mask as 0/255 bytes). */
export function traceFrame(trace: PoseTrace, f: TraceFrame): PostureFrame {
	let mask: PoseMask | null = null;
	if (f.mask) {
		const bits = decodeMaskRle(f.mask);
		for (let i = 0; i < bits.length; i++) bits[i] = bits[i]! * 255;
		mask = { width: f.mask.width, height: f.mask.height, data: bits };
	}
	return {
		t: f.t,
		landmarks: f.landmarks ? f.landmarks.map(point) : null,
		world: f.world ? f.world.map(point) : null,
		mask,
		width: trace.width,
		height: trace.height
	};
}

export function analyzeTrace(
	trace: PoseTrace,
	exercise: string,
	calibration: Calibration | null = null
): TraceAnalysis {
	const engine = new PostureEngine({ exercise, calibration });
	const t0 = trace.frames[0]?.t ?? 0;
	for (const f of trace.frames) engine.push(traceFrame(trace, f));
	const s = engine.finish();
	const last = trace.frames.at(-1)?.t ?? t0;
	return {
		exercise,
		frames: trace.frames.length,
		durationSeconds: Math.round((last - t0) / 100) / 10,
		reps: s.reps,
		goodReps: s.goodReps,
		goodFormSeconds: s.goodFormSeconds,
		formScore: s.formScore,
		faults: s.faults.map((f) => ({ code: f.code, start: f.start - t0, end: f.end - t0 })),
		cues: s.cues.map((c) => ({ t: c.t - t0, code: c.code, text: c.text })),
		unknownSeconds: s.unknownSeconds
	};
}

/**
 * A calibration from a trace of the routine: the person lies (or stands) relaxed, then braces.
 * The relaxed values are the upper quarter of the trace's back measures, the braced the lower
 * quarter, so the routine's order and timing do not matter.
 */
export function calibrationFromTrace(trace: PoseTrace, exercise: string): Calibration | null {
	const rules = rulesFor(exercise);
	if (!rules) return null;
	const posture = rules.postures.includes('standing') ? 'standing' : 'lying';
	const measurer = new Measurer();
	const need = posture === 'lying' ? (['floor-gap'] as const) : (['back-hollow'] as const);
	const rows: { key: number; m: ReturnType<Measurer['measure']> }[] = [];
	for (const f of trace.frames) {
		const m = measurer.measure(traceFrame(trace, f), need);
		const key = posture === 'lying' ? m.floorGap : m.backHollow;
		if (Number.isFinite(key)) rows.push({ key, m: structuredClone(m) });
	}
	rows.sort((a, b) => a.key - b.key);
	const quarter = Math.max(1, Math.floor(rows.length / 4));
	const recorder = new CalibrationRecorder(posture);
	for (const r of rows.slice(0, quarter)) recorder.add('braced', r.m);
	for (const r of rows.slice(-quarter)) recorder.add('relaxed', r.m);
	return recorder.finish();
}
