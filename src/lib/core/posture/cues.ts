/**
 * Which correction to say, and when: one at a time, the most important first, at most one every
 * three seconds, repeated only if the fault stays, and a short word of praise when it is fixed.
 * Feedback that talks too much is the most common complaint about coaching apps.
 */

/** At most one cue this often. */
export const CUE_GAP_MS = 3000;
/** A fault still there this long after its cue is said again. */
export const REPEAT_MS = 8000;
/**
 * Praise is only worth saying soon after the fix; soon enough to wait out the three seconds
 * after the cue that asked for it (a quick fix is the usual case).
 */
const PRAISE_WITHIN_MS = 3500;

export interface Cue {
	/** When it was given, ms (the frame's time). */
	t: number;
	/** The fault or problem it is about, or 'praise'. */
	code: string;
	text: string;
}

const PRAISE = ['That’s it', 'Good, hold that', 'Well done, that’s better'];

/** The bookkeeping behind the cues; the engine asks it, in order of importance, what may be said. */
export class CueQueue {
	#lastAt = -Infinity;
	#saidAt = new Map<string, number>();
	#fixedAt = -Infinity;
	#praised = 0;

	/** Nothing was said in the last three seconds. */
	ready(t: number): boolean {
		return t - this.#lastAt >= CUE_GAP_MS;
	}

	/** This was said recently enough not to repeat it yet. */
	said(code: string, t: number): boolean {
		const at = this.#saidAt.get(code);
		return at !== undefined && t - at < REPEAT_MS;
	}

	give(t: number, code: string, text: string): Cue {
		this.#lastAt = t;
		if (code !== 'praise') this.#saidAt.set(code, t);
		return { t, code, text };
	}

	/** A fault that was said got fixed: praise is due (if said soon, and nothing else is). */
	fixed(t: number, code: string): void {
		if (this.#saidAt.delete(code)) this.#fixedAt = t;
	}

	/** Praise for a recent fix, once, when nothing more important is waiting. */
	praise(t: number): Cue | null {
		if (t - this.#fixedAt > PRAISE_WITHIN_MS) return null;
		this.#fixedAt = -Infinity;
		return this.give(t, 'praise', PRAISE[this.#praised++ % PRAISE.length]!);
	}

	reset(): void {
		this.#lastAt = -Infinity;
		this.#saidAt.clear();
		this.#fixedAt = -Infinity;
	}
}
