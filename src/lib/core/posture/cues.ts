/**
 * Which correction to say, and when: one at a time, the most important first, at most one every
 * three seconds, repeated only if the fault stays, and a short word of praise when it is fixed.
 * Feedback that talks too much is the most common complaint about coaching apps.
 */

/** At most one cue this often. */
export const CUE_GAP_MS = 3000;
/** A fault still there this long after its cue is said again. */
const REPEAT_MS = 8000;
/** Praise is only worth saying right after the fix. */
const PRAISE_WITHIN_MS = 1500;

export interface Cue {
	/** When it was given, ms (the frame's time). */
	t: number;
	/** The fault or problem it is about, or 'praise'. */
	code: string;
	text: string;
}

interface Want {
	code: string;
	text: string;
	priority: number;
	since: number;
}

const PRAISE = ['That’s it', 'Good, hold that', 'Well done, that’s better'];

export class CueQueue {
	#lastAt = -Infinity;
	#lastCode = '';
	#saidAt = new Map<string, number>();
	#praise: Want | null = null;
	#praised = 0;

	/**
	 * Picks the cue to give at `t`, if any, from what is wanted now (most important first) and a
	 * pending word of praise. `wants` must be sorted by priority, highest first.
	 */
	next(t: number, wants: readonly Want[]): Cue | null {
		if (t - this.#lastAt < CUE_GAP_MS) return null;
		for (const w of wants) {
			const said = this.#saidAt.get(w.code);
			if (said !== undefined && t - said < REPEAT_MS) continue;
			return this.#give(t, w.code, w.text);
		}
		const praise = this.#praise;
		this.#praise = null;
		if (praise && t - praise.since <= PRAISE_WITHIN_MS && wants.length === 0) {
			return this.#give(t, 'praise', PRAISE[this.#praised++ % PRAISE.length]!);
		}
		return null;
	}

	/** A cued fault was fixed: offer praise (given only if nothing else needs saying). */
	fixed(t: number, code: string): void {
		if (this.#saidAt.has(code)) {
			this.#saidAt.delete(code);
			this.#praise = { code: 'praise', text: '', priority: 0, since: t };
		}
	}

	/** The fault is gone: if it comes back, it is said again (after the gap). */
	forget(code: string): void {
		this.#saidAt.delete(code);
	}

	get lastCode(): string {
		return this.#lastCode;
	}

	reset(): void {
		this.#lastAt = -Infinity;
		this.#saidAt.clear();
		this.#praise = null;
	}

	#give(t: number, code: string, text: string): Cue {
		this.#lastAt = t;
		this.#lastCode = code;
		if (code !== 'praise') this.#saidAt.set(code, t);
		return { t, code, text };
	}
}

export type { Want as CueWant };
