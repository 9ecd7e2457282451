/**
 * "Say ready": hears that the person spoke, without recognising words. The microphone is read
 * by a Web Audio analyser in the page; nothing is recorded, stored or sent, so it works offline
 * and no speech service sees the audio. The app's own voice is ignored: listening pauses while
 * it speaks and for a moment after.
 */
export type ListenState = 'off' | 'starting' | 'on' | 'denied' | 'unsupported';

/**
 * Loudness (RMS of the waveform, 0-1) that counts as sound, and how much of a short window must
 * be sound to count as a spoken word: "ready" is voiced for about 300 ms of 600, while a click,
 * a tap on the screen or a beep lasts a poll or two.
 */
const SPEAKING_RMS = 0.03;
const POLL_MS = 50;
const WINDOW_POLLS = 12;
const VOICED_POLLS = 6;
/** After our own voice stops, ignore the room's echo for this long. */
const ECHO_MS = 900;
/** One answer per utterance. */
const COOLDOWN_MS = 2500;

/**
 * The decision, apart from the microphone so it can be tested: fed one loudness sample per poll,
 * says when a spoken word was heard. The app's own voice mutes it, with a margin for the echo.
 */
export class VoiceGate {
	#recent: boolean[] = [];
	#quietUntil = 0;

	/** True once per spoken word. */
	sample(level: number, now: number, appSpeaking: boolean): boolean {
		if (appSpeaking) this.#quietUntil = Math.max(this.#quietUntil, now + ECHO_MS);
		if (now < this.#quietUntil) {
			this.#recent = [];
			return false;
		}
		this.#recent.push(level >= SPEAKING_RMS);
		if (this.#recent.length > WINDOW_POLLS) this.#recent.shift();
		if (this.#recent.filter(Boolean).length < VOICED_POLLS) return false;
		this.#recent = [];
		this.#quietUntil = now + COOLDOWN_MS;
		return true;
	}

	reset(): void {
		this.#recent = [];
	}
}

export class ReadyListener {
	#stream: MediaStream | null = null;
	#audio: AudioContext | null = null;
	#timer: ReturnType<typeof setInterval> | null = null;
	#gate = new VoiceGate();
	#onReady: () => void;
	#onState: (state: ListenState) => void;

	constructor(onReady: () => void, onState: (state: ListenState) => void) {
		this.#onReady = onReady;
		this.#onState = onState;
	}

	async start(): Promise<void> {
		if (this.#stream) return;
		if (!navigator.mediaDevices?.getUserMedia || typeof AudioContext === 'undefined') {
			this.#onState('unsupported');
			return;
		}
		this.#onState('starting');
		try {
			this.#stream = await navigator.mediaDevices.getUserMedia({
				audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true }
			});
		} catch {
			this.#onState('denied');
			return;
		}
		this.#audio = new AudioContext();
		const source = this.#audio.createMediaStreamSource(this.#stream);
		const analyser = this.#audio.createAnalyser();
		analyser.fftSize = 1024;
		source.connect(analyser);
		const samples = new Float32Array(analyser.fftSize);
		this.#timer = setInterval(() => {
			analyser.getFloatTimeDomainData(samples);
			const speaking = typeof speechSynthesis !== 'undefined' && speechSynthesis.speaking;
			if (this.#gate.sample(rms(samples), Date.now(), speaking)) this.#onReady();
		}, POLL_MS);
		this.#onState('on');
	}

	stop(): void {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		for (const track of this.#stream?.getTracks() ?? []) track.stop();
		this.#stream = null;
		void this.#audio?.close().catch(() => {});
		this.#audio = null;
		this.#gate.reset();
		this.#onState('off');
	}
}

function rms(samples: Float32Array): number {
	let sum = 0;
	for (const s of samples) sum += s * s;
	return Math.sqrt(sum / samples.length);
}
