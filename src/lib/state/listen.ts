/**
 * "Say ready": hears that the person spoke, without recognising words. The microphone is read
 * by a Web Audio analyser in the page; nothing is recorded, stored or sent, so it works offline
 * and no speech service sees the audio. The app's own voice is ignored: listening pauses while
 * it speaks and for a moment after.
 */
export type ListenState = 'off' | 'starting' | 'on' | 'denied' | 'unsupported';

/** Loudness (RMS of the waveform, 0-1) that counts as speaking, and for how long. */
const SPEAKING_RMS = 0.03;
const SPEAKING_MS = 300;
const POLL_MS = 50;
/** After our own voice stops, ignore the room's echo for this long. */
const ECHO_MS = 900;
/** One answer per utterance. */
const COOLDOWN_MS = 2500;

export class ReadyListener {
	#stream: MediaStream | null = null;
	#audio: AudioContext | null = null;
	#timer: ReturnType<typeof setInterval> | null = null;
	#loudSince: number | null = null;
	#quietUntil = 0;
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
			this.#sample(rms(samples), Date.now());
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
		this.#loudSince = null;
		this.#onState('off');
	}

	#sample(level: number, now: number): void {
		const speaking = typeof speechSynthesis !== 'undefined' && speechSynthesis.speaking;
		if (speaking) this.#quietUntil = Math.max(this.#quietUntil, now + ECHO_MS);
		if (now < this.#quietUntil || level < SPEAKING_RMS) {
			this.#loudSince = null;
			return;
		}
		this.#loudSince ??= now;
		if (now - this.#loudSince >= SPEAKING_MS) {
			this.#loudSince = null;
			this.#quietUntil = now + COOLDOWN_MS;
			this.#onReady();
		}
	}
}

function rms(samples: Float32Array): number {
	let sum = 0;
	for (const s of samples) sum += s * s;
	return Math.sqrt(sum / samples.length);
}
