/**
 * Repetitions from one movement signal (higher = further into the movement), with hysteresis:
 * a rep begins when the signal leaves rest, reaches the movement above `enter`, and is counted
 * when it comes back to rest below `exit`. Time-based throughout: a rep must stay in the
 * movement `minTopMs`, and its speed is measured over a window of time, not of frames.
 */

export type RepPhase = 'rest' | 'moving' | 'top';

export interface RepSpecBase {
	enter: number;
	exit: number;
	/** The movement must be held this long to count (filters a twitch). */
	minTopMs: number;
	/** A rise smaller than this is noise, not a new high (signal units; 0 for any rise). */
	peakMargin: number;
	/** The top hold is where the signal stays this close to the rep's highest. */
	peakBand?: number;
}

export interface Rep {
	/** Left rest. */
	start: number;
	/** Reached the movement (above `enter`). */
	top: number;
	/** Back at rest, when counted. */
	end: number;
	/** Highest signal in the rep. */
	peak: number;
	/** The span the signal stayed near its highest (within `peakBand`): the rep's top hold. */
	peakFrom: number;
	peakTo: number;
}

/** How far back the speed looks. */
const SPEED_WINDOW_MS = 200;
const HISTORY = 32;

export class RepCounter {
	phase: RepPhase = 'rest';
	count = 0;
	#spec: RepSpecBase;
	#start = 0;
	#top = 0;
	#peak = -Infinity;
	#peakAt = 0;
	#lastRest = 0;
	#times = new Float64Array(HISTORY);
	#values = new Float64Array(HISTORY);
	#head = 0;
	#size = 0;
	/** This rep's samples (reused from rep to rep), for the span of its top. */
	#repT = new Float64Array(256);
	#repV = new Float64Array(256);
	#repN = 0;

	constructor(spec: RepSpecBase) {
		this.#spec = spec;
	}

	/** Signal units per second over the last ~200 ms (NaN until there is history). */
	speed(t: number): number {
		if (this.#size < 2) return NaN;
		const newest = (this.#head - 1 + HISTORY) % HISTORY;
		let i = newest;
		for (let k = 1; k < this.#size; k++) {
			const j = (newest - k + HISTORY) % HISTORY;
			i = j;
			if (t - this.#times[j]! >= SPEED_WINDOW_MS) break;
		}
		const dt = this.#times[newest]! - this.#times[i]!;
		return dt > 0 ? ((this.#values[newest]! - this.#values[i]!) * 1000) / dt : NaN;
	}

	/** When the rep in progress reached the movement; NaN when it has not. */
	get topSince(): number {
		return this.phase === 'top' ? this.#top : NaN;
	}

	/**
	 * When the signal last rose to a new high (by more than `margin`) in this rep: a top that has
	 * not risen for a while has settled, however slowly the person got there. NaN at rest.
	 */
	get risingUntil(): number {
		return this.phase === 'rest' ? NaN : this.#peakAt;
	}

	/** The highest signal of the rep in progress; NaN at rest. */
	get peak(): number {
		return this.phase === 'rest' ? NaN : this.#peak;
	}

	/** Feeds one frame; returns the rep completed by it, if any. NaN values are skipped. */
	update(t: number, raw: number): Rep | null {
		if (Number.isNaN(raw)) return null;
		this.#times[this.#head] = t;
		this.#values[this.#head] = raw;
		this.#head = (this.#head + 1) % HISTORY;
		this.#size = Math.min(this.#size + 1, HISTORY);
		const value = raw;
		const { enter, exit, minTopMs } = this.#spec;
		if (this.phase === 'rest') {
			if (value <= exit) this.#lastRest = t;
			else {
				this.phase = 'moving';
				this.#start = this.#lastRest;
				this.#peak = value;
				this.#peakAt = t;
				this.#repN = 0;
			}
		}
		if (this.phase === 'rest') return null;
		this.#record(t, value);
		if (value > this.#peak + this.#spec.peakMargin) {
			this.#peak = value;
			this.#peakAt = t;
		}
		if (this.phase === 'moving' && value >= enter) {
			this.phase = 'top';
			this.#top = t;
		}
		if (value > exit) return null;
		// Back at rest: a rep if it reached the movement for long enough.
		const reached = this.phase === 'top' && t - this.#top >= minTopMs;
		this.phase = 'rest';
		this.#lastRest = t;
		if (!reached) return null;
		this.count++;
		return this.#rep(t);
	}

	#record(t: number, v: number): void {
		if (this.#repN === this.#repT.length) {
			// A long hold: keep every other sample (the span's ends stay within a frame or two).
			for (let i = 0; i < this.#repN / 2; i++) {
				this.#repT[i] = this.#repT[2 * i]!;
				this.#repV[i] = this.#repV[2 * i]!;
			}
			this.#repN /= 2;
		}
		this.#repT[this.#repN] = t;
		this.#repV[this.#repN] = v;
		this.#repN++;
	}

	#rep(end: number): Rep {
		let max = -Infinity;
		for (let i = 0; i < this.#repN; i++) max = Math.max(max, this.#repV[i]!);
		const band = this.#spec.peakBand ?? 0;
		let from = end;
		let to = this.#top;
		for (let i = 0; i < this.#repN; i++) {
			if (this.#repV[i]! >= max - band) {
				from = Math.min(from, this.#repT[i]!);
				to = Math.max(to, this.#repT[i]!);
			}
		}
		return { start: this.#start, top: this.#top, end, peak: max, peakFrom: from, peakTo: to };
	}

	/** At the end of a set: a rep that reached the movement but never came back still counts. */
	finish(t: number): Rep | null {
		if (this.phase !== 'top' || t - this.#top < this.#spec.minTopMs) return null;
		this.phase = 'rest';
		this.count++;
		return this.#rep(t);
	}

	reset(): void {
		this.phase = 'rest';
		this.count = 0;
		this.#size = 0;
	}
}
