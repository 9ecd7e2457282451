/**
 * The session player on a real clock: wraps the core SessionPlayer, ticks it from setTimeout with
 * Date.now() (so Playwright's page.clock can fast-forward it), speaks and captions its lines,
 * beeps, and holds a screen wake lock while the session runs.
 */
import { SessionPlayer } from '$lib/core/player/machine';
import type { FormSignal, PlayerEvent } from '$lib/core/player/events';
import type { SessionSink } from '$lib/core/player/sink';
import type { PlayerView } from '$lib/core/player/view';
import type { PlannedSession } from '$lib/core/program/plan';
import type { PainScore, SessionRecord } from '$lib/core/records';
import { Voice, type VoiceSettings } from './speech';

const TICK_MS = 200;
const CAPTIONS_KEPT = 4;

export interface Caption {
	id: number;
	text: string;
	kind: Extract<PlayerEvent, { type: 'say' }>['kind'];
}

export interface PlayerStateOptions {
	session: PlannedSession;
	sink: SessionSink;
	voice: () => VoiceSettings;
	onFinished?: (record: SessionRecord) => void;
	onSinkError?: (error: unknown) => void;
}

export class PlayerState {
	readonly session: PlannedSession;
	view = $state<PlayerView>() as PlayerView;
	captions = $state<Caption[]>([]);
	/** Pain of 7 or more was given: the red-flag questions must be answered before going on. */
	screenPain = $state<PainScore | null>(null);
	record = $state<SessionRecord | null>(null);
	/** "End the session?" is on screen; the session waits paused until it is answered. */
	confirmingEnd = $state(false);
	#resumeAfterAsk = false;

	#machine: SessionPlayer;
	#voice: Voice;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#wakeLock: WakeLockSentinel | null = null;
	#captionId = 0;
	#onFinished?: (record: SessionRecord) => void;

	constructor(options: PlayerStateOptions) {
		this.session = options.session;
		this.#machine = new SessionPlayer({
			session: options.session,
			now: () => Date.now(),
			sink: options.sink,
			onSinkError: options.onSinkError,
			newId: () => crypto.randomUUID()
		});
		this.#voice = new Voice(options.voice);
		this.#onFinished = options.onFinished;
		this.view = this.#machine.view();
	}

	get steps() {
		return this.#machine.steps;
	}

	/**
	 * Starts from a tap (which also unlocks audio). `pain` is the answer to the opening pain
	 * question when the ready card asked it, null when it was skipped.
	 */
	start(pain?: PainScore | null): void {
		this.#voice.unlock();
		const opening = pain === undefined ? undefined : { pain };
		this.#apply(this.#machine.start(Date.now(), opening));
		this.#schedule();
		void this.#lockScreen();
	}

	pause = () => this.#apply(this.#machine.pause(Date.now()));
	resume = () => {
		this.#voice.unlock();
		this.#apply(this.#machine.resume(Date.now()));
	};
	back = () => this.#apply(this.#machine.back(Date.now()));
	skip = () => this.#apply(this.#machine.skip(Date.now()));
	endEarly = () => this.#apply(this.#machine.endEarly(Date.now()));

	/** End was tapped: pause and ask first, so one stray tap loses nothing. */
	askEnd = () => {
		this.#resumeAfterAsk = this.#machine.status === 'running';
		if (this.#resumeAfterAsk) this.pause();
		this.confirmingEnd = true;
	};

	keepGoing = () => {
		this.confirmingEnd = false;
		if (this.#resumeAfterAsk) this.resume();
	};

	confirmEnd = () => {
		this.confirmingEnd = false;
		this.endEarly();
	};

	answerPain = (pain: PainScore) => {
		this.#apply(this.#machine.answerPain(pain, Date.now()));
	};

	/** After a high pain score, the red-flag questions were all answered no: carry on. */
	screened = () => {
		this.screenPain = null;
		if (this.#machine.status === 'paused') this.resume();
	};

	setFormSignal = (signal: FormSignal | null) =>
		this.#apply(this.#machine.setFormSignal(signal, Date.now()));

	/** Re-takes the wake lock when the page becomes visible again (browsers drop it when hidden). */
	visibilityChanged = () => {
		if (document.visibilityState === 'visible' && this.#machine.status !== 'finished')
			void this.#lockScreen();
	};

	destroy(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#voice.close();
		void this.#releaseScreen();
	}

	#schedule(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#apply(this.#machine.tick(Date.now()));
			if (this.#machine.status !== 'finished') this.#schedule();
		}, TICK_MS);
	}

	#apply(events: PlayerEvent[]): void {
		const lines = events.filter((e) => e.type === 'say');
		// A long jump of the clock produces many lines at once: speak only the newest.
		const spoken = lines.length > 3 ? lines.slice(-1) : lines;
		for (const event of events) {
			if (event.type === 'say') {
				this.#caption(event.text, event.kind);
				if (spoken.includes(event))
					this.#voice.say(event.text, event.kind === 'countdown' || event.kind === 'count');
			} else if (event.type === 'beep') {
				if (events.length < 20) this.#voice.beep(event.tone);
			} else if (event.type === 'screen-red-flags') {
				this.screenPain = event.pain;
			} else if (event.type === 'finished') {
				this.record = event.record;
				void this.#releaseScreen();
				this.#onFinished?.(event.record);
			}
		}
		this.view = this.#machine.view();
	}

	#caption(text: string, kind: Caption['kind']): void {
		const next = [...this.captions, { id: ++this.#captionId, text, kind }];
		this.captions = next.slice(-CAPTIONS_KEPT);
	}

	async #lockScreen(): Promise<void> {
		if (this.#wakeLock || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
		try {
			this.#wakeLock = await navigator.wakeLock.request('screen');
			this.#wakeLock.addEventListener('release', () => (this.#wakeLock = null));
		} catch {
			// Not allowed (e.g. battery saver): the session works, the screen may dim.
		}
	}

	async #releaseScreen(): Promise<void> {
		const lock = this.#wakeLock;
		this.#wakeLock = null;
		await lock?.release().catch(() => {});
	}
}
