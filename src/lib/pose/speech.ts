/** Speaks a short line if the browser can; silently does nothing where speech is missing. */
export function speak(text: string, volume = 1): boolean {
	const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
	if (!synth || typeof SpeechSynthesisUtterance !== 'function') return false;
	const line = new SpeechSynthesisUtterance(text);
	line.volume = volume;
	synth.cancel();
	synth.speak(line);
	return true;
}

/** Speaks a prompt when it changes, and repeats an unchanged one at most every `repeatMs`. */
export class Announcer {
	#last = '';
	#at = -Infinity;
	#repeatMs: number;
	#say: (text: string) => void;

	constructor(say: (text: string) => void, repeatMs = 8000) {
		this.#say = say;
		this.#repeatMs = repeatMs;
	}

	announce(text: string, now: number): boolean {
		if (text === this.#last && now - this.#at < this.#repeatMs) return false;
		// A new prompt waits for the last one to be heard out (about 2.5 s).
		if (text !== this.#last && now - this.#at < 2500) return false;
		this.#last = text;
		this.#at = now;
		this.#say(text);
		return true;
	}
}
