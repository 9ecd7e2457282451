/** Events per second over a sliding window (the overlay's frame rate). */
export class RateMeter {
	#times: number[] = [];
	#windowMs: number;

	constructor(windowMs = 2000) {
		this.#windowMs = windowMs;
	}

	/** Records an event at `now` (ms) and returns the current rate. */
	tick(now: number): number {
		this.#times.push(now);
		while (this.#times.length > 2 && now - this.#times[0]! > this.#windowMs) this.#times.shift();
		return this.rate;
	}

	get rate(): number {
		const n = this.#times.length;
		if (n < 2) return 0;
		return ((n - 1) * 1000) / (this.#times[n - 1]! - this.#times[0]!);
	}

	/** How long the meter has been measuring, up to the window, ms. */
	get spanMs(): number {
		const n = this.#times.length;
		return n < 2 ? 0 : this.#times[n - 1]! - this.#times[0]!;
	}

	reset(): void {
		this.#times = [];
	}
}
