/**
 * The player's voice and beeps: Web Speech for spoken cues, Web Audio for beeps. Both are
 * optional in browsers, so every call is a no-op where the API is missing or fails.
 */
import type { BeepTone } from '$lib/core/player/events';

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

	constructor(settings: () => VoiceSettings) {
		this.#settings = settings;
	}

	/** Speaks a line, cutting off an unfinished one when asked so cues keep up with the clock. */
	say(text: string, interrupt = false): void {
		const { voice, volume } = this.#settings();
		if (!voice || volume <= 0 || typeof speechSynthesis === 'undefined') return;
		try {
			if (interrupt) speechSynthesis.cancel();
			const utterance = new SpeechSynthesisUtterance(text);
			utterance.volume = volume;
			utterance.rate = 0.95;
			speechSynthesis.speak(utterance);
		} catch {
			// Speech is a convenience: captions carry every line.
		}
	}

	beep(tone: BeepTone): void {
		const { beeps, volume } = this.#settings();
		if (!beeps || volume <= 0 || typeof AudioContext === 'undefined') return;
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
		if (typeof AudioContext === 'undefined') return;
		try {
			this.#audio ??= new AudioContext();
			if (this.#audio.state === 'suspended') void this.#audio.resume();
		} catch {
			// Ignored: beeps are optional.
		}
	}

	stop(): void {
		if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
	}

	close(): void {
		this.stop();
		void this.#audio?.close().catch(() => {});
		this.#audio = null;
	}
}
