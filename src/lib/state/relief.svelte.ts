/**
 * The relief flow on a real clock: wraps the core ReliefFlow, ticks it from setTimeout with
 * Date.now() (so Playwright's page.clock can fast-forward it), speaks its lines, keeps the
 * screen on while it runs, catches up when the page becomes visible again (a cold or heat timer
 * that ended while the screen was locked is announced at once), and, if the person turns it on,
 * listens for "ready".
 */
import { ReliefFlow, type ReliefEvent, type ReliefView } from '$lib/core/relief/flow';
import type { TherapyMode } from '$lib/core/relief/therapy';
import { ReadyListener, type ListenState } from './listen';
import { Voice, type VoiceSettings } from './speech';
import { ScreenLock, type ScreenLockState } from './wake-lock';

const TICK_MS = 200;

export class ReliefState {
	view = $state<ReliefView>() as ReliefView;
	screen = $state<ScreenLockState>('off');
	listening = $state<ListenState>('off');

	#flow: ReliefFlow;
	#voice: Voice;
	#lock: ScreenLock;
	#listener: ReadyListener;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#onEmergency: () => void;

	constructor(options: {
		voice: () => VoiceSettings;
		from?: string;
		/** "I have one of these" was tapped: the page records the red flag. */
		onEmergency?: () => void;
	}) {
		this.#flow = new ReliefFlow(options.from ? { from: options.from } : {});
		this.#voice = new Voice(options.voice);
		this.#lock = new ScreenLock((state) => (this.screen = state));
		this.#listener = new ReadyListener(
			() => this.#heardReady(),
			(state) => (this.listening = state)
		);
		this.#onEmergency = options.onEmergency ?? (() => {});
		this.view = this.#flow.view(Date.now());
	}

	start(): void {
		this.#voice.unlock();
		this.#apply(this.#flow.start(Date.now()));
		this.#schedule();
		void this.#lock.take();
	}

	answer = (choice = 'ready') => this.#apply(this.#flow.answer(choice, Date.now()));
	chooseTherapy = (mode: TherapyMode, minutes: number) =>
		this.#apply(this.#flow.chooseTherapy(mode, minutes, Date.now()));
	stopTimer = () => this.#apply(this.#flow.stopTimer(Date.now()));
	redFlag = () => {
		this.#apply(this.#flow.redFlag(Date.now()));
		this.#end();
	};
	stop = () => {
		this.#voice.stop();
		this.#apply(this.#flow.stop(Date.now()));
		this.#end();
	};

	/** Speaks the current line again, e.g. after the page opened without a tap to unlock audio. */
	repeat = () => {
		this.#voice.unlock();
		if (this.view.text) this.#voice.sayNow(this.view.text);
	};

	listen = () => void this.#listener.start();
	stopListening = () => this.#listener.stop();

	visibilityChanged = () => {
		if (document.visibilityState !== 'visible') return;
		this.#apply(this.#flow.tick(Date.now()));
		if (this.#flow.status === 'running') void this.#lock.take();
	};

	destroy(): void {
		this.#end();
		this.#voice.close();
	}

	#heardReady(): void {
		const view = this.view;
		if (view.kind === 'wait') this.answer(view.choices[0]?.id ?? 'ready');
		else if (view.therapy?.phase === 'ended') this.answer('ready');
	}

	#end(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#listener.stop();
		void this.#lock.release();
	}

	#schedule(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#apply(this.#flow.tick(Date.now()));
			if (this.#flow.status === 'running') this.#schedule();
		}, TICK_MS);
	}

	#apply(events: ReliefEvent[]): void {
		for (const event of events) {
			if (event.type === 'say') {
				if (event.interrupt) this.#voice.sayNow(event.text);
				else this.#voice.say(event.text, 'info');
			} else if (event.type === 'beep') this.#voice.beep(event.tone);
			else if (event.type === 'emergency') this.#onEmergency();
			else if (event.type === 'finished') this.#end();
		}
		this.view = this.#flow.view(Date.now());
	}
}
