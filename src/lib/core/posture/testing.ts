/**
 * Test-only helpers for the posture specs: body-model frames as the engine takes them, small
 * traces with a known truth, and running the engine while keeping a copy of each frame's result
 * (the engine reuses its result object, so a plain array of results would hold one object).
 */
import { traceFrame } from './analyze';
import type { Calibration } from './calibration';
import { drawFrame, type Outline, type Skeleton } from './eval/body-model';
import { hookLying, modelTrace, times } from './eval/synthetic';
import { PostureEngine, type FrameResult, type SetSummary } from './engine';
import type { PostureFrame } from './frame';
import type { Landmark } from './setup-types';
import type { PoseTrace, TraceFrame } from './trace';

export const sideOf = (facing: 1 | -1) => (facing === 1 ? 'left' : 'right');

/** One body-model frame, as the engine takes it. */
export function modelFrame(
	t: number,
	s: Skeleton,
	side: 'left' | 'right',
	o: Outline = {}
): PostureFrame {
	return traceFrame(modelTrace(null, []), drawFrame(t, s, side, o));
}

/** Hook-lying with the lower back's gap (px) following `gap(t)`, `ms` long at `fps`. */
export function supineTrace(gap: (t: number) => number, ms: number, fps = 10, facing: 1 | -1 = 1) {
	const frames = times(ms, fps).map((t) =>
		drawFrame(t, hookLying(facing), sideOf(facing), { backGap: gap(t) })
	);
	return modelTrace('supine-brace', frames);
}

export interface Run {
	results: FrameResult[];
	summary: SetSummary;
	engine: PostureEngine;
}

/** Pushes every frame, copying each result, then finishes the set. */
export function runFrames(
	exercise: string,
	frames: Iterable<PostureFrame>,
	calibration: Calibration | null = null
): Run {
	const engine = new PostureEngine({ exercise, calibration });
	const results: FrameResult[] = [];
	for (const f of frames) {
		const r = engine.push(f);
		results.push({ ...r, faults: r.faults.map((x) => ({ ...x })) });
	}
	return { results, summary: engine.finish(), engine };
}

export function runTrace(exercise: string, trace: PoseTrace, calibration?: Calibration | null) {
	return runFrames(
		exercise,
		trace.frames.map((f) => traceFrame(trace, f)),
		calibration
	);
}

/** A trace frame without anybody in it. */
export const nobody = (t: number): TraceFrame => ({ t, landmarks: null });

/** 33 landmarks at (0.5, 0.5), unseen, to be placed by a test. */
export const blankLandmarks = (): Landmark[] =>
	Array.from({ length: 33 }, () => ({ x: 0.5, y: 0.5, z: 0, visibility: 0 }));
