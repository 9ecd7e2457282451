/**
 * The posture engine's cost per frame, with the mask analysis, on the labelled clips played over
 * and over (npm run bench runs it; alone: `npx tsx scripts/bench/posture.ts`). Reports the median
 * and p99 time of `push()` and the garbage collections per 10,000 frames, a proxy for what the
 * engine allocates per frame (it should allocate nothing it can reuse).
 */
import { readFileSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { traceFrame } from '../../src/lib/core/posture/analyze';
import { PostureEngine } from '../../src/lib/core/posture/engine';
import type { PostureFrame } from '../../src/lib/core/posture/frame';
import { decodeTrace } from '../../src/lib/core/posture/trace';

const DIR = 'tests/fixtures/posture-dev';
const FRAMES = Number(process.env.BENCH_POSTURE_FRAMES ?? 60_000);

const manifest = JSON.parse(readFileSync(`${DIR}/manifest.json`, 'utf8')) as {
	trace: string;
	exercise: string;
}[];
const clips = manifest.map((e) => {
	const trace = decodeTrace(readFileSync(`${DIR}/${e.trace}`, 'utf8'));
	// Decoded once: the bench times the engine, not the trace reader.
	return { exercise: e.exercise, frames: trace.frames.map((f) => traceFrame(trace, f)) };
});

let gcs = 0;
const observer = new PerformanceObserver((list) => (gcs += list.getEntries().length));
observer.observe({ entryTypes: ['gc'] });

const times = new Float64Array(FRAMES);
const perClip = Math.ceil(FRAMES / clips.length);
let n = 0;
const gcBefore = gcs;
for (const clip of clips) {
	// One long set per clip: its frames replayed with time moving on, as a long hold would.
	const engine = new PostureEngine({ exercise: clip.exercise });
	const span = clip.frames.at(-1)!.t + 100;
	const base = clip.frames.map((f) => f.t);
	for (let k = 0; k < perClip && n < FRAMES; k++) {
		const i = k % clip.frames.length;
		const frame: PostureFrame = clip.frames[i]!;
		frame.t = base[i]! + span * Math.floor(k / clip.frames.length);
		const t0 = performance.now();
		engine.push(frame);
		times[n++] = performance.now() - t0;
	}
}
await new Promise((r) => setTimeout(r, 50));
observer.disconnect();
const sorted = [...times].sort((a, b) => a - b);
const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const gcPer10k = ((gcs - gcBefore) * 10_000) / FRAMES;
console.log(
	`posture-bench frames=${FRAMES} median_ms=${q(0.5).toFixed(4)} p99_ms=${q(0.99).toFixed(4)} gc_per_10k_frames=${gcPer10k.toFixed(1)}`
);
