/**
 * Variations of labelled traces for the evaluation: the same movement filmed from the other side,
 * tracked with more noise, with frames dropped, done slower or faster, at other frame rates, with
 * a coarser mask, or with tracking lost for a moment. The truth moves with the trace (times
 * stretch, lost spans leave the good intervals). Seeded, so every run scores the same set.
 */
import type { PoseTrace, TraceFrame, TraceMask, TracePoint } from '../trace';
import { decodeMaskRle, encodeMaskRle } from '../trace';

export interface Interval {
	start: number;
	end: number;
}

export interface Truth {
	exercise: string;
	reps: number | null;
	faults: (Interval & { code: string })[];
	goodIntervals: Interval[];
	/** Filmed from the wrong side on purpose: no fault may be reported. */
	wrongView: boolean;
}

export interface Labelled {
	name: string;
	trace: PoseTrace;
	truth: Truth;
}

/** Mulberry32: a small seeded generator, enough for noise and drops. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const gauss = (rand: () => number) =>
	Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand());

/** BlazePose left/right pairs: a mirrored person's left is their right. */
const PAIRS: [number, number][] = [
	[1, 4],
	[2, 5],
	[3, 6],
	[7, 8],
	[9, 10],
	[11, 12],
	[13, 14],
	[15, 16],
	[17, 18],
	[19, 20],
	[21, 22],
	[23, 24],
	[25, 26],
	[27, 28],
	[29, 30],
	[31, 32]
];
const SWAP = (() => {
	const s = Array.from({ length: 33 }, (_, i) => i);
	for (const [a, b] of PAIRS) {
		s[a] = b;
		s[b] = a;
	}
	return s;
})();

const mapFrames = (trace: PoseTrace, f: (frame: TraceFrame) => TraceFrame | null): PoseTrace => ({
	...trace,
	frames: trace.frames.map(f).filter((x): x is TraceFrame => x !== null)
});

function mirrorMask(mask: TraceMask): TraceMask {
	const bits = decodeMaskRle(mask);
	const out = new Uint8Array(bits.length);
	for (let y = 0; y < mask.height; y++)
		for (let x = 0; x < mask.width; x++)
			out[y * mask.width + x] = bits[y * mask.width + mask.width - 1 - x]! * 255;
	return { width: mask.width, height: mask.height, rle: encodeMaskRle(out) };
}

/** The same set filmed from the other side: x flipped, the person's left and right swapped. */
export function mirror(l: Labelled): Labelled {
	const flip = (pts: TracePoint[]) =>
		SWAP.map((j) => {
			const [x, y, z, v] = pts[j]!;
			return [1 - x, y, z, v] as TracePoint;
		});
	return {
		...l,
		name: `${l.name}+mirror`,
		trace: mapFrames(l.trace, (f) => ({
			...f,
			landmarks: f.landmarks ? flip(f.landmarks) : null,
			world: f.world ? flip(f.world) : undefined,
			mask: f.mask ? mirrorMask(f.mask) : undefined
		}))
	};
}

/** Landmark jitter (normalised units) and dropped frames. */
export function noisy(l: Labelled, sigma: number, dropFraction: number, seed: number): Labelled {
	const rand = random(seed);
	const last = l.trace.frames.length - 1;
	return {
		...l,
		name: `${l.name}+noise${sigma}+drop${dropFraction}`,
		trace: mapFrames(l.trace, (f) => {
			const i = l.trace.frames.indexOf(f);
			if (i > 0 && i < last && rand() < dropFraction) return null;
			return {
				...f,
				landmarks: f.landmarks
					? f.landmarks.map(([x, y, z, v]) => [
							x + sigma * gauss(rand),
							y + sigma * gauss(rand),
							z,
							Math.min(1, Math.max(0, v + 0.05 * gauss(rand)))
						])
					: null
			};
		})
	};
}

/** The movement done `factor` times slower (2) or faster (0.8). */
export function stretch(l: Labelled, factor: number): Labelled {
	const s = (t: number) => Math.round(t * factor);
	const iv = <T extends Interval>(i: T): T => ({ ...i, start: s(i.start), end: s(i.end) });
	return {
		name: `${l.name}+time${factor}`,
		trace: mapFrames(l.trace, (f) => ({ ...f, t: s(f.t) })),
		truth: {
			...l.truth,
			faults: l.truth.faults.map(iv),
			goodIntervals: l.truth.goodIntervals.map(iv)
		}
	};
}

/** Re-sampled at another frame rate: landmarks interpolated, the nearest frame's mask. */
export function resample(l: Labelled, fps: number, jitterMs = 0, seed = 1): Labelled {
	const rand = random(seed);
	const src = l.trace.frames;
	const end = src.at(-1)?.t ?? 0;
	const frames: TraceFrame[] = [];
	for (let t = 0; t <= end; t += 1000 / fps) {
		const at = Math.min(end, Math.max(0, t + (t > 0 && t < end ? jitterMs * (rand() - 0.5) : 0)));
		let k = src.findIndex((f) => f.t >= at);
		if (k < 0) k = src.length - 1;
		const b = src[k]!;
		const a = src[Math.max(0, k - 1)]!;
		const w = b.t === a.t ? 1 : (at - a.t) / (b.t - a.t);
		const near = w < 0.5 ? a : b;
		const lerp = (p: TracePoint[] | null, q: TracePoint[] | null) =>
			p && q ? p.map((pt, j) => pt.map((v, c) => v + (q[j]![c]! - v) * w) as TracePoint) : null;
		frames.push({ ...near, t: Math.round(at), landmarks: lerp(a.landmarks, b.landmarks) });
	}
	return {
		...l,
		name: `${l.name}+fps${fps}${jitterMs ? `+jitter${jitterMs}` : ''}`,
		trace: { ...l.trace, frames }
	};
}

/** The mask at a coarser width (64 px is in use too): each pixel the majority of its block. */
export function coarseMask(l: Labelled, width: number): Labelled {
	const shrink = (m: TraceMask): TraceMask => {
		const bits = decodeMaskRle(m);
		const k = m.width / width;
		const height = Math.round(m.height / k);
		const out = new Uint8Array(width * height);
		for (let y = 0; y < height; y++)
			for (let x = 0; x < width; x++) {
				let sum = 0;
				let n = 0;
				for (let sy = Math.floor(y * k); sy < Math.floor((y + 1) * k); sy++)
					for (let sx = Math.floor(x * k); sx < Math.floor((x + 1) * k); sx++) {
						sum += bits[sy * m.width + sx] ?? 0;
						n++;
					}
				out[y * width + x] = n && sum * 2 >= n ? 255 : 0;
			}
		return { width, height, rle: encodeMaskRle(out) };
	};
	return {
		...l,
		name: `${l.name}+mask${width}`,
		trace: mapFrames(l.trace, (f) => ({ ...f, mask: f.mask ? shrink(f.mask) : undefined }))
	};
}

/** Tracking lost (landmarks null, no mask) from `start` for `ms`; that span leaves the truth's good time. */
export function lost(l: Labelled, start: number, ms: number): Labelled {
	const inSpan = (t: number) => t >= start && t < start + ms;
	const cut = (i: Interval): Interval[] =>
		i.end <= start || i.start >= start + ms
			? [i]
			: [
					...(i.start < start ? [{ start: i.start, end: start }] : []),
					...(i.end > start + ms ? [{ start: start + ms, end: i.end }] : [])
				];
	return {
		name: `${l.name}+lost${start}-${start + ms}`,
		trace: mapFrames(l.trace, (f) => (inSpan(f.t) ? { t: f.t, landmarks: null } : f)),
		truth: { ...l.truth, goodIntervals: l.truth.goodIntervals.flatMap(cut) }
	};
}
