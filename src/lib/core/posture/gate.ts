/**
 * A fault gate: a check's per-frame severity becomes a fault only after it has lasted, and clears
 * with hysteresis, all on time (never frame counts), so 8 and 30 frames a second behave alike.
 * Severity: 1 and above is at fault, `clearBelow` and under is fine, in between keeps the state;
 * NaN means the check cannot judge this frame.
 */

/** A fault must last this long before it counts (a one-frame blip is noise). */
export const CONFIRM_MS = 300;
/** It clears after this long back under the clear level. */
export const CLEAR_MS = 200;
/** A dip this short inside a building fault does not restart it (one dropped or noisy frame). */
const DIP_MS = 150;
/** A check that cannot judge for this long ends its fault (we no longer know it is there). */
const BLIND_MS = 400;

export type GateState = 'clear' | 'pending' | 'active';

export interface GateEvent {
	kind: 'confirmed' | 'cleared';
	/** Where the fault began (the first frame of the run that confirmed it), or where it ended. */
	at: number;
}

export class FaultGate {
	state: GateState = 'clear';
	/** Start of the current run (pending) or of the fault (active). */
	since = 0;
	readonly clearBelow: number;
	#lastAbove = 0;
	#lastKnown = 0;
	#clearing: number | null = null;

	constructor(clearBelow = 0.75) {
		this.clearBelow = clearBelow;
	}

	/**
	 * Feeds one frame; returns what changed, or null. `startedAt` dates a new run earlier than
	 * this frame when the rule knows better (the bridge's top began when the hips stopped rising).
	 */
	update(t: number, severity: number, startedAt = t): GateEvent | null {
		if (Number.isNaN(severity)) return this.#blind(t);
		this.#lastKnown = t;
		if (this.state === 'clear') {
			if (severity >= 1) {
				this.state = 'pending';
				this.since = Math.min(t, startedAt);
				this.#lastAbove = t;
			}
			return null;
		}
		if (this.state === 'pending') {
			if (severity >= 1) {
				this.#lastAbove = t;
				if (t - this.since >= CONFIRM_MS) {
					this.state = 'active';
					this.#clearing = null;
					return { kind: 'confirmed', at: this.since };
				}
			} else if (t - this.#lastAbove > DIP_MS) {
				this.state = 'clear';
			}
			return null;
		}
		// active
		if (severity > this.clearBelow) {
			this.#clearing = null;
			return null;
		}
		this.#clearing ??= t;
		if (t - this.#clearing >= CLEAR_MS) return this.#end(this.#clearing);
		return null;
	}

	/** Ends an active fault now (the check no longer applies: the rep ended, the set stopped). */
	close(t: number): GateEvent | null {
		if (this.state === 'active') return this.#end(this.#clearing ?? t);
		this.state = 'clear';
		return null;
	}

	reset(): void {
		this.state = 'clear';
		this.#clearing = null;
	}

	#blind(t: number): GateEvent | null {
		if (this.state === 'pending') this.state = 'clear';
		if (this.state === 'active' && t - this.#lastKnown >= BLIND_MS) {
			return this.#end(this.#clearing ?? this.#lastKnown);
		}
		return null;
	}

	#end(at: number): GateEvent {
		this.state = 'clear';
		this.#clearing = null;
		return { kind: 'cleared', at };
	}
}
