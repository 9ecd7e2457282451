/**
 * The session player on a real clock: wraps the core SessionPlayer, ticks it from setTimeout with
 * Date.now() (so Playwright's page.clock can fast-forward it) less any wait for a slow save,
 * speaks and captions its lines, beeps, and holds a screen wake lock while the session runs.
 */
import { SessionPlayer } from '$lib/core/player/machine';
import type { FormSignal, PlayerEvent } from '$lib/core/player/events';
import type { Familiarity } from '$lib/core/player/briefing';
import type { SessionSink } from '$lib/core/player/sink';
import type { PlayerView } from '$lib/core/player/view';
import type { PlannedSession } from '$lib/core/program/plan';
import type { PainScore, SessionRecord } from '$lib/core/records';
import { holdSessionLock } from '$lib/storage/session-lock';
import type { CameraVerdict } from '$lib/core/posture/coaching';
import type { SpeechPriority } from '$lib/core/player/speech-queue';
import type { Step } from '$lib/core/player/steps';
import { priorityOf, Voice, type VoiceSettings } from './speech';

const TICK_MS = 200;
const CAPTIONS_KEPT = 4;
/** After this long still saving, the screen says so (a save usually lands in a few ms). */
const SAVE_SLOW_MS = 1000;

export interface Caption {
	id: number;
	text: string;
	kind: Extract<PlayerEvent, { type: 'say' }>['kind'];
}

export interface PlayerStateOptions {
	session: PlannedSession;
	sink: SessionSink;
	familiarity?: Familiarity;
	/** Continues a record already started (a lighter version after high pain before). */
	continues?: { id: string; painBefore: PainScore; adjusted: 'lighter' };
	voice: () => VoiceSettings;
	onFinished?: (record: SessionRecord) => void;
	onSinkError?: (error: unknown) => void;
	/** The camera's verdict on a set as it completes (the coach provides it). */
	cameraResult?: (step: Extract<Step, { kind: 'set' }>) => CameraVerdict | null;
	/** A new step began (the coach follows the session with it). */
	onStep?: (step: Step) => void;
}

export class PlayerState {
	readonly session: PlannedSession;
	view = $state<PlayerView>() as PlayerView;
	captions = $state<Caption[]>([]);
	/** Pain of 7 or more was given: the red-flag questions must be answered before going on. */
	screenPain = $state<PainScore | null>(null);
	/** Whether that pain was given before the session (it then changes the session) or after. */
	screenWhich = $state<'before' | 'after' | null>(null);
	record = $state<SessionRecord | null>(null);
	/** "End the session?" is on screen; the session waits paused until it is answered. */
	confirmingEnd = $state(false);
	/** A save has taken over a second: the screen says "Saving" while it waits for it. */
	savingSlow = $state(false);
	#resumeAfterAsk = false;

	#machine: SessionPlayer;
	#sink: SessionSink;
	#voice: Voice;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#wakeLock: WakeLockSentinel | null = null;
	#captionId = 0;
	#destroyed = false;
	#locking = false;
	/** Releases the Web Lock that tells other tabs this session is playing. */
	#unlock: (() => void) | null = null;
	#onFinished?: (record: SessionRecord) => void;
	#onStep?: (step: Step) => void;
	/** The save the last command or tick started, if the sink is asynchronous. */
	#saving: Promise<void> | null = null;
	/**
	 * Events waiting for that save to land before the screen and voice show them, and when the
	 * wait began (wall clock); null when nothing is held.
	 */
	#held: { events: PlayerEvent[]; since: number } | null = null;
	/** A save started while events were held: they wait for it too. */
	#alsoWait: Promise<void> | null = null;
	/** Time spent waiting for saves, which the session's clock leaves out. */
	#heldMs = 0;

	constructor(options: PlayerStateOptions) {
		this.session = options.session;
		const continues = options.continues;
		const sink = options.sink;
		this.#sink = sink;
		this.#machine = new SessionPlayer({
			session: options.session,
			now: () => this.#now(),
			sink: {
				saveProgress: (record) => {
					const result = sink.saveProgress(record);
					if (result) this.#saving = result;
					return result;
				}
			},
			familiarity: options.familiarity,
			onSinkError: options.onSinkError,
			cameraResult: options.cameraResult,
			newId: () => continues?.id ?? crypto.randomUUID(),
			...(continues ? { painBefore: continues.painBefore, adjusted: continues.adjusted } : {})
		});
		this.#onStep = options.onStep;
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
		this.#unlock ??= holdSessionLock(this.#machine.record.id);
		const opening = pain === undefined ? undefined : { pain };
		this.#apply(this.#machine.start(this.#now(), opening));
		this.#schedule();
		void this.#lockScreen();
	}

	pause = () => this.#apply(this.#machine.pause(this.#now()));
	resume = () => {
		this.#voice.unlock();
		this.#apply(this.#machine.resume(this.#now()));
	};
	back = () => this.#apply(this.#machine.back(this.#now()));
	skip = () => this.#apply(this.#machine.skip(this.#now()));
	endEarly = () => this.#apply(this.#machine.endEarly(this.#now()));

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
		this.#apply(this.#machine.answerPain(pain, this.#now()));
	};

	/** After a high pain score, the red-flag questions were all answered no: carry on. */
	screened = () => {
		this.screenPain = null;
		if (this.#machine.status === 'paused') this.resume();
	};

	/**
	 * High pain before: the person chose something else (the relief flow, or a lighter version
	 * that continues this record). Stops this player; the record keeps the pain before and, for
	 * relief, says so.
	 */
	handOver(adjusted: 'lighter' | 'relief'): SessionRecord {
		const record = { ...this.#machine.record, adjusted };
		this.screenPain = null;
		this.destroy();
		if (adjusted === 'relief')
			void Promise.resolve(this.#sink.saveProgress(record)).catch(() => {});
		return record;
	}

	setFormSignal = (signal: FormSignal | null) =>
		this.#apply(this.#machine.setFormSignal(signal, this.#now()));

	/** A rep the camera counted (good) or refused (with the reason to say). */
	cameraRep = (good: boolean, why: string | null) =>
		this.#apply(this.#machine.cameraRep(good, why, this.#now()));

	/** The camera coach speaks through the player's one voice, and is captioned like it. */
	say = (text: string, priority: SpeechPriority) => {
		this.#caption(text, priority === 'correction' ? 'form' : 'info');
		this.#voice.say(text, priority);
	};

	get step(): Step {
		return this.#machine.step;
	}

	/** Re-takes the wake lock when the page becomes visible again (browsers drop it when hidden). */
	visibilityChanged = () => {
		if (document.visibilityState === 'visible' && this.#machine.status !== 'finished')
			void this.#lockScreen();
	};

	destroy(): void {
		this.#destroyed = true;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#voice.close();
		this.#ended();
	}

	/**
	 * The session's clock: the wall clock less the time spent waiting for saves. While a save is
	 * slow the screen cannot show what happens next, so the session must not move on unseen.
	 */
	#now(): number {
		return (this.#held?.since ?? Date.now()) - this.#heldMs;
	}

	#schedule(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#apply(this.#machine.tick(this.#now()));
			if (this.#machine.status !== 'finished') this.#schedule();
		}, TICK_MS);
	}

	/**
	 * A set done, a pain answer or the end is shown and spoken only once its save has landed
	 * (a few milliseconds): the person is never told a set is done before it is stored.
	 */
	#apply(events: PlayerEvent[]): void {
		const saving = this.#saving;
		this.#saving = null;
		if (this.#held) {
			this.#held.events.push(...events);
			if (saving) this.#alsoWait = saving;
			return;
		}
		if (!saving) return this.#show(events);
		this.#held = { events: [...events], since: Date.now() };
		this.#release(saving);
	}

	/**
	 * Shows the held events once `saving` (and any save started meanwhile) has settled, however
	 * long that takes: showing a set as done before it is stored is what lost one in a soak under
	 * heavy load. A failed save is reported by the machine (onSinkError) and the session goes on.
	 */
	#release(saving: Promise<void>): void {
		const slow = setTimeout(() => (this.savingSlow = true), SAVE_SLOW_MS);
		void saving
			.catch(() => {})
			.then(() => {
				clearTimeout(slow);
				const next = this.#alsoWait;
				this.#alsoWait = null;
				if (next) return this.#release(next);
				this.savingSlow = false;
				const held = this.#held;
				this.#held = null;
				if (!held) return;
				this.#heldMs += Date.now() - held.since;
				this.#show(held.events);
			});
	}

	#show(events: PlayerEvent[]): void {
		const lines = events.filter((e) => e.type === 'say');
		// A long jump of the clock produces many lines at once: speak only the newest.
		const spoken = lines.length > 3 ? lines.slice(-1) : lines;
		for (const event of events) {
			if (event.type === 'say') {
				this.#caption(event.text, event.kind);
				if (spoken.includes(event))
					this.#voice.say(event.text, priorityOf(event.kind), event.kind === 'countdown');
			} else if (event.type === 'beep') {
				if (events.length < 20) this.#voice.beep(event.tone);
			} else if (event.type === 'step') {
				this.#onStep?.(event.step);
			} else if (event.type === 'screen-red-flags') {
				this.screenPain = event.pain;
				this.screenWhich = this.#machine.record.painAfter === null ? 'before' : 'after';
			} else if (event.type === 'finished') {
				this.record = event.record;
				this.#ended();
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
		if (this.#wakeLock || this.#locking) return;
		if (typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
		this.#locking = true;
		try {
			const lock = await navigator.wakeLock.request('screen');
			// Granted after the session ended or the page left it: the screen may sleep again.
			if (this.#destroyed || this.#machine.status === 'finished') {
				await lock.release();
				return;
			}
			this.#wakeLock = lock;
			lock.addEventListener('release', () => {
				if (this.#wakeLock === lock) this.#wakeLock = null;
			});
		} catch {
			// Not allowed (e.g. battery saver): the session works, the screen may dim.
		} finally {
			this.#locking = false;
		}
	}

	/** The session is over here: the screen may sleep and other tabs may update. */
	#ended(): void {
		this.#unlock?.();
		void this.#releaseScreen();
	}

	async #releaseScreen(): Promise<void> {
		const lock = this.#wakeLock;
		this.#wakeLock = null;
		await lock?.release().catch(() => {});
	}
}
