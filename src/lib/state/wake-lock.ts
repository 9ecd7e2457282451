/**
 * Keeps the screen on while something timed runs (a session, a cold or heat timer). Browsers
 * drop the lock when the page is hidden, so owners call take() again when it is visible.
 */
export type ScreenLockState = 'on' | 'off' | 'unsupported' | 'refused';

export class ScreenLock {
	#lock: WakeLockSentinel | null = null;
	state: ScreenLockState = 'off';
	#onChange: (state: ScreenLockState) => void;

	constructor(onChange: (state: ScreenLockState) => void = () => {}) {
		this.#onChange = onChange;
	}

	async take(): Promise<void> {
		if (this.#lock) return;
		if (typeof navigator === 'undefined' || !('wakeLock' in navigator)) {
			this.#set('unsupported');
			return;
		}
		try {
			this.#lock = await navigator.wakeLock.request('screen');
			this.#set('on');
			this.#lock.addEventListener('release', () => {
				this.#lock = null;
				this.#set('off');
			});
		} catch {
			// Not allowed (e.g. battery saver or a hidden page): the timer still counts.
			this.#set('refused');
		}
	}

	async release(): Promise<void> {
		const lock = this.#lock;
		this.#lock = null;
		await lock?.release().catch(() => {});
	}

	#set(state: ScreenLockState): void {
		this.state = state;
		this.#onChange(state);
	}
}
