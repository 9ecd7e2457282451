/**
 * Reads a text aloud with the browser's own speech (Web Speech), one sentence per utterance:
 * some voices stop after a long utterance, and sentences let Stop take effect at once. Works
 * offline with the device's voices; nothing is sent anywhere by the app.
 */
export class Reader {
	speaking = $state(false);
	readonly supported = typeof speechSynthesis !== 'undefined';
	#volume: () => number;
	#run = 0;

	constructor(volume: () => number = () => 1) {
		this.#volume = volume;
	}

	read(text: string): void {
		if (!this.supported) return;
		this.stop();
		const run = ++this.#run;
		const sentences =
			text
				.match(/[^.!?]+[.!?]*/g)
				?.map((s) => s.trim())
				.filter(Boolean) ?? [];
		if (sentences.length === 0) return;
		this.speaking = true;
		sentences.forEach((sentence, i) => {
			const utterance = new SpeechSynthesisUtterance(sentence);
			utterance.volume = Math.max(0.1, this.#volume());
			utterance.rate = 0.95;
			if (i === sentences.length - 1) utterance.onend = () => this.#done(run);
			utterance.onerror = () => this.#done(run);
			speechSynthesis.speak(utterance);
		});
	}

	stop(): void {
		this.#run++;
		this.speaking = false;
		if (this.supported) speechSynthesis.cancel();
	}

	#done(run: number): void {
		if (run === this.#run) this.speaking = false;
	}
}
