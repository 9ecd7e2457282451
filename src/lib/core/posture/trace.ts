/**
 * Pose traces: an opt-in record of landmarks (never images) during a set, as a JSON file the
 * person can download. Format documented in docs/pose-trace.md.
 */
import { LANDMARK_COUNT, type Landmark, type PoseFrame, type PoseMask } from './setup-types';

export const TRACE_FORMAT = 'brace-pose-trace';
export const TRACE_VERSION = 1;

/** [x, y, z, visibility] */
export type TracePoint = [number, number, number, number];

export interface TraceMask {
	width: number;
	height: number;
	/** Run lengths in row-major order, alternating background/person, starting with background. */
	rle: number[];
}

export interface TraceFrame {
	/** ms since the first frame of the trace. */
	t: number;
	/** null: a frame in which nobody was found (recorders may also just leave such frames out). */
	landmarks: TracePoint[] | null;
	world?: TracePoint[];
	mask?: TraceMask;
}

export interface PoseTrace {
	format: typeof TRACE_FORMAT;
	version: typeof TRACE_VERSION;
	exercise: string | null;
	/** Size of the analysed camera frame, px. */
	width: number;
	height: number;
	frames: TraceFrame[];
}

const round = (v: number, places: number) => {
	const f = 10 ** places;
	return Math.round(v * f) / f;
};

const point = (p: Landmark, places: number): TracePoint => [
	round(p.x, places),
	round(p.y, places),
	round(p.z, places),
	round(p.visibility, 3)
];

/** Run-length encodes a mask as background/person runs; a pixel is person from `threshold` up. */
export function encodeMaskRle(data: Uint8Array, threshold = 128): number[] {
	const runs: number[] = [];
	let person = false;
	let run = 0;
	for (const v of data) {
		if (v >= threshold !== person) {
			runs.push(run);
			person = !person;
			run = 0;
		}
		run++;
	}
	runs.push(run);
	return runs;
}

/** Expands runs back to one byte a pixel: 0 background, 1 person. */
export function decodeMaskRle(mask: TraceMask): Uint8Array {
	const out = new Uint8Array(mask.width * mask.height);
	let at = 0;
	mask.rle.forEach((run, i) => {
		if (i % 2 === 1) out.fill(1, at, at + run);
		at += run;
	});
	return out;
}

/** Collects frames for one trace. Pure: the caller decides when to start, add and finish. */
export class TraceRecorder {
	#trace: PoseTrace;
	#t0: number | null = null;

	constructor(exercise: string | null, width: number, height: number) {
		this.#trace = {
			format: TRACE_FORMAT,
			version: TRACE_VERSION,
			exercise,
			width,
			height,
			frames: []
		};
	}

	get frameCount(): number {
		return this.#trace.frames.length;
	}

	add(frame: PoseFrame, mask?: PoseMask | null): void {
		this.#t0 ??= frame.t;
		const out: TraceFrame = {
			t: Math.round(frame.t - this.#t0),
			landmarks: frame.landmarks.map((p) => point(p, 5))
		};
		if (frame.world) out.world = frame.world.map((p) => point(p, 4));
		if (mask) out.mask = { width: mask.width, height: mask.height, rle: encodeMaskRle(mask.data) };
		this.#trace.frames.push(out);
	}

	finish(): PoseTrace {
		return structuredClone(this.#trace);
	}
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function checkPoints(v: unknown, where: string, errors: string[]): void {
	if (!Array.isArray(v) || v.length !== LANDMARK_COUNT) {
		errors.push(`${where}: expected ${LANDMARK_COUNT} points`);
		return;
	}
	v.forEach((p, i) => {
		if (!Array.isArray(p) || p.length !== 4 || !p.every(isNum)) {
			errors.push(`${where}[${i}]: expected [x, y, z, visibility]`);
		}
	});
}

function checkMask(v: unknown, where: string, errors: string[]): void {
	if (!isObj(v) || !isNum(v.width) || !isNum(v.height) || !Array.isArray(v.rle)) {
		errors.push(`${where}: expected { width, height, rle }`);
		return;
	}
	const runs = v.rle as unknown[];
	if (!runs.every((r) => isNum(r) && r >= 0 && Number.isInteger(r))) {
		errors.push(`${where}.rle: run lengths must be whole numbers >= 0`);
	} else if ((runs as number[]).reduce((a, b) => a + b, 0) !== v.width * v.height) {
		errors.push(`${where}.rle: runs must add up to width x height`);
	}
}

/** Checks a parsed value against the format; lists every problem found. */
export function validateTrace(
	v: unknown
): { ok: true; trace: PoseTrace } | { ok: false; errors: string[] } {
	const errors: string[] = [];
	if (!isObj(v)) return { ok: false, errors: ['not an object'] };
	if (v.format !== TRACE_FORMAT) errors.push(`format: expected "${TRACE_FORMAT}"`);
	if (v.version !== TRACE_VERSION) errors.push(`version: expected ${TRACE_VERSION}`);
	if (v.exercise !== null && typeof v.exercise !== 'string')
		errors.push('exercise: string or null');
	if (!isNum(v.width) || !isNum(v.height)) errors.push('width, height: numbers');
	if (!Array.isArray(v.frames)) errors.push('frames: expected an array');
	else
		v.frames.forEach((f: unknown, i) => {
			const at = `frames[${i}]`;
			if (!isObj(f) || !isNum(f.t)) return errors.push(`${at}.t: expected ms`);
			if (f.landmarks !== null) checkPoints(f.landmarks, `${at}.landmarks`, errors);
			if (f.world !== undefined) checkPoints(f.world, `${at}.world`, errors);
			if (f.mask !== undefined) checkMask(f.mask, `${at}.mask`, errors);
		});
	return errors.length ? { ok: false, errors } : { ok: true, trace: v as unknown as PoseTrace };
}

export function encodeTrace(trace: PoseTrace): string {
	return JSON.stringify(trace);
}

/** Parses and validates a trace file; throws with the problems found. */
export function decodeTrace(text: string): PoseTrace {
	const result = validateTrace(JSON.parse(text));
	if (!result.ok)
		throw new Error(`Not a Brace pose trace: ${result.errors.slice(0, 5).join('; ')}`);
	return result.trace;
}

/** A download file name, e.g. `brace-pose-trace-glute-bridge-2026-11-26T0915.json`. */
export function traceFileName(trace: PoseTrace, at: Date): string {
	const stamp = at.toISOString().slice(0, 16).replace(':', '');
	return `brace-pose-trace-${trace.exercise ?? 'free'}-${stamp}.json`;
}
