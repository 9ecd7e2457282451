/**
 * One voice for the whole session: the player's lines and the camera coach's corrections go
 * through this queue, so nothing cuts anything off and nothing talks over the countdown.
 *
 * - A line is never interrupted; the next starts when it ends.
 * - The most important waiting line goes first: safety, then corrections, then counts (the
 *   countdown, "hold", "relax"), then praise, then everything else.
 * - Every line has a shelf life: a count or a correction said late is worse than not said (the
 *   caption still shows it), so stale lines are dropped, not queued up.
 * - While a countdown runs, only safety and the counts themselves may speak.
 * Pure: the adapter tells it when speech starts and ends, and asks it what to say next.
 */

export type SpeechPriority = 'safety' | 'correction' | 'count' | 'praise' | 'info';

const RANK: Record<SpeechPriority, number> = {
	safety: 4,
	correction: 3,
	count: 2,
	praise: 1,
	info: 0
};

/** How long a waiting line stays worth saying, ms. */
const SHELF_MS: Record<SpeechPriority, number> = {
	safety: 30_000,
	correction: 2_500,
	count: 900,
	praise: 1_500,
	info: 8_000
};

export interface QueuedLine {
	text: string;
	priority: SpeechPriority;
	/** A countdown number: the next one replaces it, and it holds back lesser lines. */
	countdown?: boolean;
	at: number;
}

export class SpeechQueue {
	#waiting: QueuedLine[] = [];
	#speaking: QueuedLine | null = null;
	/** Lesser lines wait until this time (the countdown's end). */
	#quietUntil = -Infinity;

	get speaking(): QueuedLine | null {
		return this.#speaking;
	}

	get waiting(): readonly QueuedLine[] {
		return this.#waiting;
	}

	add(text: string, priority: SpeechPriority, now: number, countdown = false): void {
		if (!text) return;
		if (countdown) {
			// A newer countdown number makes the older one pointless.
			this.#waiting = this.#waiting.filter((l) => !l.countdown);
			this.#quietUntil = now + 1200;
		}
		// The same line already waiting is not said twice.
		if (this.#waiting.some((l) => l.text === text)) return;
		this.#waiting.push({ text, priority, countdown, at: now });
	}

	/** Drops everything waiting (the session paused or ended). */
	clear(): void {
		this.#waiting = [];
	}

	/** The line to start now, if the voice is free and one is worth saying. */
	next(now: number): QueuedLine | null {
		if (this.#speaking) return null;
		this.#waiting = this.#waiting.filter((l) => now - l.at <= SHELF_MS[l.priority]);
		const quiet = now < this.#quietUntil;
		let best: QueuedLine | null = null;
		for (const line of this.#waiting) {
			if (quiet && line.priority !== 'count' && line.priority !== 'safety') continue;
			if (!best || RANK[line.priority] > RANK[best.priority]) best = line;
		}
		if (best) {
			this.#waiting = this.#waiting.filter((l) => l !== best);
			this.#speaking = best;
		}
		return best;
	}

	/** The voice finished (or failed to say) the current line. */
	done(): void {
		this.#speaking = null;
	}
}
