/**
 * State for the camera setup assistant and live view: runs a pose session, feeds each result to
 * the setup guide, and speaks the guide's prompt when it changes. Components read the fields and
 * call the methods; they never touch the session or the worker.
 */
import { SetupGuide, type SetupState } from '$lib/core/posture/setup-guide';
import type { SetupRequirement } from '$lib/core/posture/setup-types';
import { listCameras, type Resolution } from '$lib/pose/camera';
import { downloadTrace } from '$lib/pose/download';
import type { Fit } from '$lib/pose/fit';
import { createPoseSession, type PoseSession, type PoseStatus } from '$lib/pose/pose-session';
import type { ModelVariant } from '$lib/pose/protocol';
import { Announcer, speak } from '$lib/pose/speech';

export interface CameraSetupOptions {
	requirement: SetupRequirement;
	model: ModelVariant;
	exercise: string | null;
	assetsBase: string;
	voice: boolean;
	volume: number;
	fit?: Fit;
}

export interface FrameStats {
	inferenceMs: number;
	pipelineMs: number;
	fps: number;
}

export class CameraSetup {
	status = $state<PoseStatus | null>(null);
	setup = $state<SetupState | null>(null);
	cameras = $state<{ deviceId: string; label: string }[]>([]);
	deviceId = $state<string | undefined>(undefined);
	stats = $state<FrameStats>({ inferenceMs: 0, pipelineMs: 0, fps: 0 });
	recording = $state(false);
	resolution = $state<Resolution>('normal');
	options: CameraSetupOptions;

	#session: PoseSession | null = null;
	#guide: SetupGuide;
	#announcer: Announcer;

	constructor(options: CameraSetupOptions) {
		this.options = options;
		this.#guide = new SetupGuide(options.requirement);
		this.#announcer = new Announcer((text) => {
			if (this.options.voice) speak(text, this.options.volume);
		});
	}

	get running(): boolean {
		return this.status?.state === 'running' || this.status?.state === 'paused';
	}

	/**
	 * Starts the worker and loads the model before the camera is asked for, while the person
	 * reads the page: the first skeleton then waits only for the camera. Failures surface at
	 * `start()`.
	 */
	prepare(video: HTMLVideoElement, canvas: HTMLCanvasElement): void {
		if (this.#session) return;
		void this.#create(video, canvas).prepare();
	}

	/** Opens the camera (asking permission the first time) and starts tracking. */
	async start(
		video: HTMLVideoElement,
		canvas: HTMLCanvasElement,
		deviceId?: string
	): Promise<void> {
		// A prepared session is used once, with the model it loaded; any other start begins anew.
		const fresh =
			this.#session && !this.#started && this.#sessionModel === this.options.model
				? this.#session
				: null;
		if (!fresh) {
			await this.#session?.stop();
			this.status = null;
		}
		this.setup = null;
		this.#guide = new SetupGuide(this.options.requirement);
		this.deviceId = deviceId;
		const session = fresh ?? this.#create(video, canvas);
		this.#started = true;
		session.setExercise(this.options.exercise);
		await session.start(deviceId);
		if (this.status?.state === 'running' || this.status?.state === 'paused') {
			this.cameras = await listCameras();
			this.deviceId ??= this.cameras[0]?.deviceId;
		}
	}

	#started = false;
	#sessionModel: ModelVariant | null = null;

	#create(video: HTMLVideoElement, canvas: HTMLCanvasElement): PoseSession {
		this.#sessionModel = this.options.model;
		this.#started = false;
		this.#session = createPoseSession({
			video,
			canvas,
			model: this.options.model,
			resolution: this.resolution,
			lumaEveryMs: 500,
			fit: this.options.fit ?? 'cover',
			assetsBase: this.options.assetsBase,
			onStatus: (status) => (this.status = status),
			onResult: (r) => {
				this.stats = { inferenceMs: r.inferenceMs, pipelineMs: r.pipelineMs, fps: r.fps };
				const state = this.#guide.update({
					landmarks: r.landmarks,
					frameWidth: r.frameWidth,
					frameHeight: r.frameHeight,
					luma: r.luma
				});
				// Re-render the checklist only when what it shows changes, not every frame.
				if (!sameSetup(this.setup, state)) this.setup = state;
				this.#announcer.announce(state.prompt, performance.now());
			}
		});
		return this.#session;
	}

	async stop(): Promise<void> {
		await this.#session?.stop();
		this.#session = null;
	}

	/** Turns trace recording on or off; turning it off downloads the file. */
	toggleTrace(): void {
		const session = this.#session;
		if (!session) return;
		if (!this.recording) {
			session.startTrace();
			this.recording = true;
			return;
		}
		this.recording = false;
		const trace = session.stopTrace();
		if (trace && trace.frames.length > 0) downloadTrace(trace);
	}
}

const sameSetup = (a: SetupState | null, b: SetupState) =>
	a !== null &&
	a.phase === b.phase &&
	a.prompt === b.prompt &&
	a.checks.length === b.checks.length &&
	a.checks.every((c, i) => c.pass === b.checks[i]!.pass && c.message === b.checks[i]!.message);

// What the camera components need from the pose layer, through this state module (lint keeps
// .svelte files off $lib/pose).
export { poseError, type PoseError } from '$lib/pose/camera';
export type { Fit } from '$lib/pose/fit';
