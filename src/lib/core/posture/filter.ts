import { LANDMARK_COUNT, type Landmark } from './setup-types';

/**
 * One Euro filter (Casiez, Roussel, Vogel 2012): a low-pass filter whose cutoff rises with speed,
 * so a still joint stops jittering while a moving one lags little.
 */
export interface OneEuroParams {
	/** Cutoff at rest, Hz. Lower: steadier when still. */
	minCutoff: number;
	/** How fast the cutoff rises with speed. Higher: less lag when moving. */
	beta: number;
	/** Cutoff for the speed estimate, Hz. */
	dCutoff: number;
}

/**
 * Tuned for low latency on normalised image coordinates at 10-30 fps: a visible but small
 * smoothing at rest, near pass-through during a rep.
 */
export const LOW_LATENCY: OneEuroParams = { minCutoff: 1.7, beta: 0.3, dCutoff: 1 };

const alpha = (cutoff: number, dt: number) => {
	const tau = 1 / (2 * Math.PI * cutoff);
	return 1 / (1 + tau / dt);
};

export class OneEuroFilter {
	#params: OneEuroParams;
	#x: number | null = null;
	#dx = 0;
	#t = 0;

	constructor(params: OneEuroParams = LOW_LATENCY) {
		this.#params = params;
	}

	/** Filters `value` sampled at `tMs`. A repeated or older time returns the last output. */
	filter(value: number, tMs: number): number {
		if (this.#x === null) {
			this.#x = value;
			this.#t = tMs;
			return value;
		}
		const dt = (tMs - this.#t) / 1000;
		if (dt <= 0) return this.#x;
		const { minCutoff, beta, dCutoff } = this.#params;
		const rawDx = (value - this.#x) / dt;
		this.#dx += alpha(dCutoff, dt) * (rawDx - this.#dx);
		const cutoff = minCutoff + beta * Math.abs(this.#dx);
		this.#x += alpha(cutoff, dt) * (value - this.#x);
		this.#t = tMs;
		return this.#x;
	}

	reset(): void {
		this.#x = null;
		this.#dx = 0;
	}
}

/**
 * Filters x, y, z of all 33 landmarks; visibility passes through. Call `reset()` when the pose is
 * lost, so a new person or position does not glide in from the old one.
 */
export class LandmarkFilter {
	#filters: OneEuroFilter[];

	constructor(params: OneEuroParams = LOW_LATENCY) {
		this.#filters = Array.from({ length: LANDMARK_COUNT * 3 }, () => new OneEuroFilter(params));
	}

	/** Filters into `out` (reused from frame to frame when given), or into a new array. */
	filter(landmarks: readonly Landmark[], tMs: number, out: Landmark[] = []): Landmark[] {
		for (let i = 0; i < landmarks.length; i++) {
			const p = landmarks[i]!;
			const o = (out[i] ??= { x: 0, y: 0, z: 0, visibility: 0 });
			o.x = this.#filters[3 * i]!.filter(p.x, tMs);
			o.y = this.#filters[3 * i + 1]!.filter(p.y, tMs);
			o.z = this.#filters[3 * i + 2]!.filter(p.z, tMs);
			o.visibility = p.visibility;
		}
		out.length = landmarks.length;
		return out;
	}

	reset(): void {
		for (const f of this.#filters) f.reset();
	}
}
