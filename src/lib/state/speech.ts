/**
 * The player's voice and beeps: Web Speech for spoken cues, Web Audio for beeps. Both are
 * optional in browsers, so every call is a no-op where the API is missing or fails. Every line,
 * the player's and the camera coach's, goes through one SpeechQueue: a line is never cut off,
 * the most important waiting line goes next, and stale ones are dropped.
 */
import type { BeepTone, SpeechKind } from '$lib/core/player/events';
import { SpeechQueue, type SpeechPriority } from '$lib/core/player/speech-queue';

/** How the player's lines rank in the one queue. */
export function priorityOf(kind: SpeechKind | 'safety'): SpeechPriority {
	switch (kind) {
		case 'safety':
			return 'safety';
		case 'form':
			return 'correction';
		case 'countdown':
		case 'hold':
		case 'relax':
		case 'count':
			return 'count';
		default:
			return 'info';
	}
}

/** When the browser never reports the end of a line, assume it took about this long. */
const msToSay = (text: string) => 900 + 75 * text.length;

export interface VoiceSettings {
	voice: boolean;
	/** 0-1, for the voice and beeps. */
	volume: number;
	beeps: boolean;
}

/** Work starts on a rising tone and rest on a falling one, so the two sound apart too. */
const TONES: Record<BeepTone, { hz: number; to?: number; ms: number }> = {
	tick: { hz: 660, ms: 90 },
	start: { hz: 660, to: 990, ms: 260 },
	end: { hz: 523, to: 330, ms: 420 },
	done: { hz: 990, ms: 420 }
};

export class Voice {
	#settings: () => VoiceSettings;
	#audio: AudioContext | null = null;
	#queue = new SpeechQueue();
	#wake: ReturnType<typeof setTimeout> | null = null;
	#guard: ReturnType<typeof setTimeout> | null = null;
	#closed = false;

	constructor(settings: () => VoiceSettings) {
		this.#settings = settings;
	}

	/** Queues a line; it is spoken when the voice is free and nothing more important waits. */
	say(text: string, priority: SpeechPriority, countdown = false): void {
		const { voice, volume } = this.#settings();
		if (this.#closed || !voice || volume <= 0 || typeof speechSynthesis === 'undefined') return;
		this.#queue.add(text, priority, Date.now(), countdown);
		this.#pump();
	}

	/** Says this now, dropping what was waiting and cutting off the current line (relief flow). */
	sayNow(text: string): void {
		this.stop();
		this.say(text, 'info');
	}

	#pump(): void {
		if (this.#queue.speaking || this.#closed) return;
		const line = this.#queue.next(Date.now());
		if (!line) {
			// Lines held back by a countdown: look again shortly.
			if (this.#queue.waiting.length && !this.#wake) {
				this.#wake = setTimeout(() => {
					this.#wake = null;
					this.#pump();
				}, 250);
			}
			return;
		}
		let finished = false;
		const done = () => {
			if (finished) return;
			finished = true;
			if (this.#guard) clearTimeout(this.#guard);
			this.#guard = null;
			this.#queue.done();
			this.#pump();
		};
		// Some platforms never fire `end` (no voice installed): do not wait for it forever.
		this.#guard = setTimeout(done, msToSay(line.text));
		// Before the first tap on the page the browser refuses speech (and warns): the line is
		// shown only, at speaking pace, and the voice joins in from the first tap.
		if (!speechAllowed()) return;
		try {
			const utterance = new SpeechSynthesisUtterance(line.text);
			utterance.volume = this.#settings().volume;
			utterance.rate = 0.95;
			utterance.onend = done;
			utterance.onerror = done;
			speechSynthesis.speak(utterance);
		} catch {
			// Speech is a convenience: captions carry every line.
			done();
		}
	}

	beep(tone: BeepTone): void {
		const { beeps, volume } = this.#settings();
		if (!beeps || volume <= 0 || !audioAllowed()) return;
		try {
			this.#audio ??= new AudioContext();
			const audio = this.#audio;
			if (audio.state === 'suspended') void audio.resume();
			const { hz, to, ms } = TONES[tone];
			const oscillator = audio.createOscillator();
			const gain = audio.createGain();
			const t = audio.currentTime;
			oscillator.frequency.setValueAtTime(hz, t);
			if (to) oscillator.frequency.exponentialRampToValueAtTime(to, t + ms / 1000);
			gain.gain.setValueAtTime(0.0001, t);
			gain.gain.exponentialRampToValueAtTime(Math.max(0.0002, 0.3 * volume), t + 0.02);
			gain.gain.exponentialRampToValueAtTime(0.0001, t + ms / 1000);
			oscillator.connect(gain).connect(audio.destination);
			oscillator.start(t);
			oscillator.stop(t + ms / 1000 + 0.05);
		} catch {
			// No audio output: the countdown on screen still shows the timing.
		}
	}

	/** Unlocks audio from a user gesture (browsers start AudioContext suspended). */
	unlock(): void {
		if (!audioAllowed()) return;
		try {
			this.#audio ??= new AudioContext();
			if (this.#audio.state === 'suspended') void this.#audio.resume();
		} catch {
			// Ignored: beeps are optional.
		}
	}

	/** Silences the voice and forgets what was waiting (pause, end). */
	stop(): void {
		this.#queue.clear();
		if (this.#guard) clearTimeout(this.#guard);
		this.#guard = null;
		this.#queue.done();
		if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
	}

	close(): void {
		this.#closed = true;
		if (this.#wake) clearTimeout(this.#wake);
		this.stop();
		void this.#audio?.close().catch(() => {});
		this.#audio = null;
	}
}

/** Whether the page may speak: it has had a user activation (or the browser does not say). */
function speechAllowed(): boolean {
	const activation = (navigator as { userActivation?: { hasBeenActive: boolean } }).userActivation;
	return !activation || activation.hasBeenActive;
}

/**
 * Web Audio exists and the page has had a tap: before one, an AudioContext starts suspended,
 * cannot be resumed and costs a long task to create, so beeps wait for the first tap.
 */
function audioAllowed(): boolean {
	return typeof AudioContext !== 'undefined' && speechAllowed();
}
