/**
 * The optional sitting-break prompt: while the app is open, every 30-60 minutes, a notice (and
 * the voice, if it is on) says to stand, brace and walk for two minutes. Brace has no server
 * and sends no notifications, so it only works while a tab is open. It never interrupts a
 * session or the relief flow: a break that falls due then waits until it ends.
 */
import { Voice, type VoiceSettings } from './speech';

export const SITTING_BREAK_LINE =
	'Time for a sitting break: stand up, set a light brace, and walk for two minutes.';
export const SNOOZE_MINUTES = 10;

export class SittingBreaks {
	due = $state(false);
	#timer: ReturnType<typeof setTimeout> | null = null;
	#minutes: number | null = null;
	#voice: Voice;
	#busy: () => boolean;
	/** Fell due during a session: say it when the session ends. */
	#unsaid = false;

	constructor(voice: () => VoiceSettings, busy: () => boolean) {
		this.#voice = new Voice(voice);
		this.#busy = busy;
	}

	/** Called when the setting changes: on (every `minutes`) or off. */
	configure(enabled: boolean, minutes: number): void {
		if (!enabled) {
			this.#clear();
			this.#minutes = null;
			this.due = false;
			return;
		}
		if (this.#minutes === minutes && (this.#timer || this.due)) return;
		this.#minutes = minutes;
		this.#schedule(minutes);
	}

	/** The person took the break (or says so): the next one is a full interval away. */
	done = () => {
		this.due = false;
		if (this.#minutes !== null) this.#schedule(this.#minutes);
	};

	snooze = () => {
		this.due = false;
		this.#schedule(SNOOZE_MINUTES);
	};

	/** A session or the relief flow just ended: a break that fell due meanwhile is said now. */
	idle(): void {
		if (!this.#unsaid) return;
		this.#unsaid = false;
		this.#voice.say(SITTING_BREAK_LINE, 'info');
	}

	destroy(): void {
		this.#clear();
		this.#voice.close();
	}

	#schedule(minutes: number): void {
		this.#clear();
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.due = true;
			if (this.#busy()) this.#unsaid = true;
			else this.#voice.say(SITTING_BREAK_LINE, 'info');
		}, minutes * 60_000);
	}

	#clear(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
