/**
 * The person's own resting values, learnt during the set: the floor gap of their flat back, the
 * slope of their trunk lying at rest. Camera height and body shape shift every measure a little
 * (a camera looking down sees the buttocks' edge lower than the waist's); rules judge the change
 * from this floor as well as the value itself. A floor follower: it drops to a lower value at
 * once and rises only slowly, and never above its cap, so a fault held from the start is still
 * one.
 */

/** How fast the floor rises towards a higher value, per second (a fraction of the difference). */
const RISE_PER_S = 0.03;
/** It falls to a lower value within about this time, so one noisy frame moves it only part way. */
const FALL_MS = 150;

export class Floor {
	value = NaN;
	#t = 0;
	readonly cap: number;

	constructor(cap: number) {
		this.cap = cap;
	}

	update(t: number, v: number): void {
		if (Number.isNaN(v)) return;
		const x = Math.min(v, this.cap);
		const dt = Math.max(0, t - this.#t);
		if (Number.isNaN(this.value)) this.value = x;
		else if (x <= this.value) this.value += (x - this.value) * Math.min(1, dt / FALL_MS);
		else this.value += (x - this.value) * RISE_PER_S * Math.min(1, dt / 1000);
		this.#t = t;
	}

	reset(): void {
		this.value = NaN;
		this.#t = 0;
	}
}

/** A slow running mean: the person's usual value while nothing is wrong. */
export class Usual {
	value = NaN;
	#t = 0;
	readonly tauMs: number;

	constructor(tauMs: number) {
		this.tauMs = tauMs;
	}

	update(t: number, v: number): void {
		if (Number.isNaN(v)) return;
		if (Number.isNaN(this.value)) this.value = v;
		else this.value += (v - this.value) * Math.min(1, Math.max(0, t - this.#t) / this.tauMs);
		this.#t = t;
	}

	reset(): void {
		this.value = NaN;
	}
}

export class Baselines {
	/** Lying: the flat back's floor gap, torso lengths (capped: a gap bigger than this is never "flat"). */
	readonly gap = new Floor(0.06);
	/** Lying: the trunk's slope at rest, degrees (hip up positive). */
	readonly lift = new Floor(4);
	/** Bridge: the shoulder-hip-knee line at rest, degrees from straight (hips low: negative). */
	readonly hipLine = new Floor(-20);
	/** Standing: the lower back's usual hollow while upright and settled, torso lengths. */
	readonly hollow = new Usual(2000);
	/** Curl-up: the head's height over the trunk line at rest, torso lengths. */
	readonly head = new Floor(0.15);

	reset(): void {
		this.gap.reset();
		this.lift.reset();
		this.hipLine.reset();
		this.head.reset();
		this.hollow.reset();
	}
}
