/**
 * The calibration routine: "lie relaxed ... now brace". With the camera on, the person lies on
 * their back side-on to the tablet; Brace records how the lower back looks relaxed, then braced,
 * so the arch checks fit this person and this room. Lifecycle: `start()` opens the camera and
 * waits for the person in position, then runs the two timed phases and ends in `done` (the
 * calibration to save) or `failed` (a message: too few good frames). `stop()` ends it.
 */
import { CalibrationRecorder, type Calibration } from '$lib/core/posture/calibration';
import type { PostureFrame } from '$lib/core/posture/frame';
import { Measurer } from '$lib/core/posture/measures';
import { createPoseSession, type PoseSession, type PoseStatus } from '$lib/pose/pose-session';
import type { ModelVariant } from '$lib/pose/protocol';
import { Voice } from './speech';

export type CalibrationStep = 'idle' | 'position' | 'relaxed' | 'braced' | 'done' | 'failed';

/** Each phase records this long. */
export const PHASE_MS = 6000;
/** In position (lying, side-on, back visible) this long before recording starts. */
const SETTLE_MS = 1500;

const LINES: Record<CalibrationStep, string> = {
	idle: '',
	position:
		'Lie on your back on the mat, side-on to the tablet, knees bent, hands resting on your belly.',
	relaxed: 'Now relax completely. Let your back rest in its natural curve. Breathe normally.',
	braced:
		'Now brace: tighten your lower belly lightly and let your lower back flatten to the floor. Keep breathing.',
	done: 'Thank you. Brace now knows your relaxed and braced back.',
	failed: 'I could not see your lower back well enough.'
};

export interface CalibrationOptions {
	assetsBase: string;
	model: ModelVariant;
	cameraId: string | null;
	voice: () => { voice: boolean; volume: number; beeps: boolean };
	now?: () => number;
}

export class CalibrationState {
	step = $state<CalibrationStep>('idle');
	status = $state<PoseStatus | null>(null);
	/** 0..1 through the current recording phase. */
	progress = $state(0);
	/** What is wrong right now, in words (not side-on, arms in the way, cannot see you). */
	hint = $state<string | null>(null);
	result = $state<Calibration | null>(null);

	readonly video: HTMLVideoElement;
	readonly canvas: HTMLCanvasElement;
	#o: CalibrationOptions;
	#session: PoseSession | null = null;
	#measurer = new Measurer();
	#recorder = new CalibrationRecorder('lying');
	#voice: Voice;
	#since = 0;
	#frame: PostureFrame = { t: 0, landmarks: null, mask: null, width: 0, height: 0 };

	constructor(options: CalibrationOptions) {
		this.#o = options;
		this.video = document.createElement('video');
		this.canvas = document.createElement('canvas');
		this.#voice = new Voice(options.voice);
	}

	get line(): string {
		return LINES[this.step];
	}

	async start(): Promise<void> {
		await this.stop();
		this.#recorder = new CalibrationRecorder('lying');
		this.result = null;
		this.#voice.unlock();
		this.#go('position');
		this.#session = createPoseSession({
			video: this.video,
			canvas: this.canvas,
			model: this.#o.model,
			maskWidth: 128,
			fit: 'contain',
			assetsBase: this.#o.assetsBase,
			onStatus: (status) => (this.status = status),
			onResult: (r) => {
				const f = this.#frame;
				f.t = r.t;
				f.landmarks = r.raw;
				f.mask = r.mask;
				f.width = r.frameWidth;
				f.height = r.frameHeight;
				this.#frameIn(r.t);
			}
		});
		await this.#session.start(this.#o.cameraId ?? undefined);
	}

	async stop(): Promise<void> {
		const session = this.#session;
		this.#session = null;
		await session?.stop();
	}

	close(): void {
		void this.stop();
		this.#voice.close();
	}

	#go(step: CalibrationStep): void {
		this.step = step;
		this.progress = 0;
		this.#since = this.#o.now?.() ?? performance.now();
		if (LINES[step]) this.#voice.say(LINES[step], 'info');
	}

	#frameIn(t: number): void {
		const step = this.step;
		if (step === 'done' || step === 'failed' || step === 'idle') return;
		const m = this.#measurer.measure(this.#frame, ['floor-gap']);
		const usable = m.present && m.coreSeen && m.posture === 'lying' && m.view === 'side';
		this.hint = !m.present
			? 'I cannot see you yet.'
			: m.view === 'front'
				? 'Turn so the tablet sees you from the side.'
				: m.posture !== 'lying'
					? 'Lie down on your back.'
					: m.armsInTheWay
						? 'Rest your hands on your belly, so I can see your lower back.'
						: !m.maskUsable
							? 'Hold still while I look.'
							: null;
		const elapsed = t - this.#since;
		if (step === 'position') {
			if (!usable || this.hint) this.#since = t;
			else if (elapsed >= SETTLE_MS) this.#go('relaxed');
			return;
		}
		if (usable && !this.hint) this.#recorder.add(step, m);
		this.progress = Math.min(1, elapsed / PHASE_MS);
		if (elapsed < PHASE_MS) return;
		if (step === 'relaxed') return this.#go('braced');
		this.result = this.#recorder.finish();
		this.#go(this.result ? 'done' : 'failed');
		void this.stop();
	}
}
