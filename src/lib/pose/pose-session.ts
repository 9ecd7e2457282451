/**
 * A pose session: camera -> frame loop -> worker -> filter -> overlay + callbacks.
 *
 * Lifecycle: `prepare()` starts the worker and loads the model (say, while the person reads the
 * ready card); `start(deviceId)` opens the camera (and prepares, if that has not happened) and
 * runs the frame loop; `stop()` ends the loop, stops the camera tracks, closes the landmarker and
 * ends the worker. One landmarker serves the whole exercise session: exercises the camera does
 * not check only pause inference (`setInference(false)`).
 *
 * The loop runs on `requestVideoFrameCallback` where the browser has it: once per new camera
 * frame, so a frame is never inferred twice and the frame rate is the camera's, honestly
 * measured. A frame is dropped, never queued, while the worker is busy; every start, stop and
 * pause bumps the generation so late results are dropped. Inference pauses while the page is
 * hidden. Any failure is reported through `onStatus` with a message, and the session stops
 * itself: the exercise session goes on without the camera.
 */
import { LandmarkFilter } from '$lib/core/posture/filter';
import type { LumaFrame } from '$lib/core/posture/setup-light';
import type { Landmark } from '$lib/core/posture/setup-types';
import { TraceRecorder, type PoseTrace } from '$lib/core/posture/trace';
import { openCamera, poseError, type PoseError } from './camera';
import { LumaSampler } from './luma';
import { DEFAULT_STYLE, OverlayCanvas, type OverlayStyle } from './overlay';
import { PoseClient } from './pose-client';
import type { PoseResult, PoseSession, PoseSessionOptions, PoseStatus } from './pose-types';
import type { ReadyEvent, ResultEvent } from './protocol';
import { RateMeter } from './rate';

export type * from './pose-types';

const SLOW_FPS = 8;

type VideoWithFrames = HTMLVideoElement & {
	requestVideoFrameCallback?: (cb: (now: number, meta: { mediaTime: number }) => void) => number;
	cancelVideoFrameCallback?: (handle: number) => void;
};

export function createPoseSession(options: PoseSessionOptions): PoseSession {
	return new Session(options);
}

class Session implements PoseSession {
	#o: PoseSessionOptions;
	#status: PoseStatus = {
		state: 'idle',
		tracking: false,
		fps: 0,
		delegate: null,
		delegateReason: '',
		mirrored: true,
		model: 'lite',
		slow: false,
		error: null
	};
	#client: PoseClient | null = null;
	#loading: Promise<ReadyEvent> | null = null;
	#stream: MediaStream | null = null;
	/** Bumped by start/stop/pause: results sent under an older generation are dropped. */
	#generation = 0;
	/** Bumped by start/stop only: callbacks from an earlier start are ignored. */
	#run = 0;
	#loop = 0;
	#loopIsVideo = false;
	#lastMediaTime = -1;
	#inference = true;
	#maskWidth: number;
	#style: OverlayStyle = DEFAULT_STYLE;
	#overlay: OverlayCanvas | null = null;
	#rate = new RateMeter();
	#filter = new LandmarkFilter();
	#filtered: Landmark[] = [];
	#luma = new LumaSampler();
	#lastLuma = -Infinity;
	#frameLuma: LumaFrame | null = null;
	#capturing = false;
	#lastStatus = 0;
	#exercise: string | null = null;
	#trace: TraceRecorder | null = null;
	/** Reused for every frame's callback. */
	#out: PoseResult = {
		t: 0,
		landmarks: null,
		raw: null,
		world: null,
		mask: null,
		frameWidth: 0,
		frameHeight: 0,
		inferenceMs: 0,
		pipelineMs: 0,
		fps: 0,
		luma: null
	};
	#onVisibility = () => this.#visibilityChanged();
	#onFrame = () => this.#tick();

	constructor(options: PoseSessionOptions) {
		this.#o = options;
		this.#maskWidth = options.maskWidth ?? 0;
	}

	get status(): PoseStatus {
		return { ...this.#status };
	}

	#set(patch: Partial<PoseStatus>): void {
		this.#status = { ...this.#status, ...patch };
		this.#o.onStatus?.(this.status);
	}

	prepare(): Promise<void> {
		return this.#prepare().then(
			() => undefined,
			() => undefined // reported when start() awaits it
		);
	}

	#prepare(): Promise<ReadyEvent> {
		if (this.#loading) return this.#loading;
		const client = new PoseClient({
			onResult: (r) => this.#result(r),
			onDelegate: (delegate, reason) => this.#set({ delegate, delegateReason: reason }),
			onCrash: (detail) => {
				if (this.#client === client) void this.#fail(poseError('worker-crashed', detail));
			}
		});
		this.#client = client;
		const model = this.#o.model ?? 'lite';
		const load = {
			assetsBase: this.#o.assetsBase,
			model,
			delegate: this.#o.delegate ?? 'auto',
			// Always on: the graph cannot add masks later, and the outline checks need them.
			segmentation: true
		};
		this.#set({ model });
		this.#loading = client.load(load).catch((error: unknown) => {
			// The higher-accuracy model is fetched on first use: offline it may be missing.
			if (model !== 'full' || this.#client !== client) throw error;
			this.#set({ model: 'lite' });
			return client.load({ ...load, model: 'lite' });
		});
		this.#loading.catch(() => undefined); // awaited in start(); do not report it twice
		return this.#loading;
	}

	async start(deviceId?: string): Promise<void> {
		await this.#stopCamera();
		const run = ++this.#run;
		this.#generation++;
		this.#set({ state: 'starting', error: null, slow: false, tracking: false, fps: 0 });
		const loading = this.#prepare();
		try {
			const camera = await openCamera(deviceId, this.#o.resolution ?? 'normal');
			if (run !== this.#run) return void camera.track.stop(); // stopped meanwhile
			this.#stream = camera.stream;
			// Unplugged, revoked or taken by the system mid-session.
			camera.track.addEventListener('ended', () => {
				if (run === this.#run) void this.#fail(poseError('camera-ended'));
			});
			const video = this.#o.video;
			video.muted = true;
			video.playsInline = true;
			video.srcObject = camera.stream;
			await video.play();
			this.#set({ mirrored: camera.mirrored });
		} catch (error) {
			return this.#fail(isPoseError(error) ? error : poseError('no-camera', String(error)));
		}
		try {
			const ready = await loading;
			if (run !== this.#run) return;
			this.#set({ delegate: ready.delegate, delegateReason: ready.reason });
		} catch (error) {
			return this.#fail(poseError('model-failed', String(error)));
		}
		if (this.#o.canvas) this.#overlay ??= new OverlayCanvas(this.#o.canvas);
		document.addEventListener('visibilitychange', this.#onVisibility);
		this.#rate.reset();
		this.#set({ state: document.hidden || !this.#inference ? 'paused' : 'running' });
		this.#schedule();
	}

	/** Stops the camera and the loop, keeping the worker (a restart with another camera). */
	async #stopCamera(): Promise<void> {
		this.#run++;
		this.#generation++;
		this.#cancelLoop();
		document.removeEventListener('visibilitychange', this.#onVisibility);
		for (const track of this.#stream?.getTracks() ?? []) track.stop();
		this.#stream = null;
		this.#o.video.srcObject = null;
		this.#overlay?.clear();
		this.#filter.reset();
	}

	async stop(): Promise<void> {
		await this.#stopCamera();
		this.#overlay?.close();
		this.#overlay = null;
		const client = this.#client;
		this.#client = null;
		this.#loading = null;
		if (this.#status.state !== 'idle' && this.#status.state !== 'failed') {
			this.#set({ state: 'stopped', tracking: false, fps: 0 });
		}
		await client?.close();
	}

	async #fail(error: PoseError): Promise<void> {
		if (this.#status.state === 'failed') return;
		await this.stop();
		this.#set({ state: 'failed', error, tracking: false, fps: 0 });
	}

	setInference(on: boolean): void {
		if (on === this.#inference) return;
		this.#inference = on;
		if (this.#status.state !== 'running' && this.#status.state !== 'paused') return;
		this.#generation++;
		this.#filter.reset();
		this.#rate.reset();
		const running = on && !document.hidden;
		if (!running) this.#overlay?.clear();
		this.#set({ state: running ? 'running' : 'paused', tracking: false });
		if (running) this.#schedule();
	}

	setMaskWidth(width: number): void {
		this.#maskWidth = Math.max(0, Math.round(width));
	}

	setOverlayStyle(style: OverlayStyle): void {
		this.#style = style;
	}

	setExercise(id: string | null): void {
		this.#exercise = id;
	}

	startTrace(): void {
		const v = this.#o.video;
		this.#trace = new TraceRecorder(this.#exercise, v.videoWidth, v.videoHeight);
	}

	stopTrace(): PoseTrace | null {
		const trace = this.#trace?.finish() ?? null;
		this.#trace = null;
		return trace;
	}

	#visibilityChanged(): void {
		if (this.#status.state !== 'running' && this.#status.state !== 'paused') return;
		this.#generation++; // drop the result of a frame sent before hiding
		this.#filter.reset();
		this.#rate.reset();
		const running = !document.hidden && this.#inference;
		this.#set({ state: running ? 'running' : 'paused' });
		if (running) this.#schedule();
	}

	#cancelLoop(): void {
		const video = this.#o.video as VideoWithFrames;
		if (this.#loopIsVideo) video.cancelVideoFrameCallback?.(this.#loop);
		else cancelAnimationFrame(this.#loop);
		this.#loop = 0;
	}

	#schedule(): void {
		this.#cancelLoop();
		const video = this.#o.video as VideoWithFrames;
		this.#loopIsVideo = typeof video.requestVideoFrameCallback === 'function';
		this.#loop = this.#loopIsVideo
			? video.requestVideoFrameCallback!(this.#onFrame)
			: requestAnimationFrame(this.#onFrame);
	}

	/** One new camera frame: send it if the worker is free, otherwise let it go. */
	#tick(): void {
		if (this.#status.state !== 'running') return;
		this.#schedule();
		const client = this.#client;
		const video = this.#o.video;
		if (!client || this.#capturing || client.busy || video.readyState < 2 || !video.videoWidth) {
			return;
		}
		// Without video-frame callbacks the loop runs per display frame: skip repeats.
		if (!this.#loopIsVideo) {
			if (video.currentTime === this.#lastMediaTime) return;
			this.#lastMediaTime = video.currentTime;
		}
		const generation = this.#generation;
		const t = performance.now();
		const lumaEvery = this.#o.lumaEveryMs ?? 0;
		if (lumaEvery > 0 && t - this.#lastLuma >= lumaEvery) {
			this.#lastLuma = t;
			this.#frameLuma = this.#luma.sample(video);
		} else this.#frameLuma = null;
		const maskWidth = this.#maskWidth;
		// A VideoFrame wraps the current frame without copying it on this thread; the worker
		// converts it. Where WebCodecs is missing, an ImageBitmap does the same job.
		const frame = videoFrame(video, t);
		if (frame) return client.detect(frame, generation, t, maskWidth);
		this.#capturing = true;
		createImageBitmap(video).then(
			(bitmap) => {
				this.#capturing = false;
				if (generation !== this.#generation || this.#client !== client) return bitmap.close();
				client.detect(bitmap, generation, t, maskWidth);
			},
			() => {
				this.#capturing = false; // a frame the video could not give: skip it
			}
		);
	}

	#result(r: ResultEvent): void {
		if (r.generation !== this.#generation) return;
		const raw = r.landmarks;
		if (!raw) this.#filter.reset();
		const landmarks = raw ? this.#filter.filter(raw, r.timestamp, this.#filtered) : null;
		this.#overlay?.draw(
			landmarks,
			{
				frameWidth: r.frameWidth,
				frameHeight: r.frameHeight,
				fit: this.#o.fit ?? 'cover',
				mirrored: this.#status.mirrored
			},
			this.#style
		);
		const now = performance.now();
		const fps = this.#rate.tick(now);
		const result = this.#out;
		result.t = r.timestamp;
		result.landmarks = landmarks;
		result.raw = raw;
		result.world = r.world;
		result.mask = r.mask;
		result.frameWidth = r.frameWidth;
		result.frameHeight = r.frameHeight;
		result.inferenceMs = r.inferenceMs;
		result.pipelineMs = now - r.timestamp;
		result.fps = fps;
		result.luma = this.#frameLuma;
		if (raw && this.#trace) {
			this.#trace.add({ t: r.timestamp, landmarks: raw, world: r.world ?? undefined }, r.mask);
		}
		const tracking = raw !== null;
		const slow = this.#status.slow || (this.#rate.spanMs >= 3000 && fps < SLOW_FPS);
		if (
			tracking !== this.#status.tracking ||
			slow !== this.#status.slow ||
			now - this.#lastStatus > 1000
		) {
			this.#lastStatus = now;
			this.#set({ tracking, fps, slow });
		}
		this.#o.onResult?.(result);
	}
}

function videoFrame(video: HTMLVideoElement, t: number): VideoFrame | null {
	if (typeof VideoFrame !== 'function') return null;
	try {
		return new VideoFrame(video, { timestamp: Math.round(t * 1000) });
	} catch {
		return null; // no frame decoded yet, or the browser cannot wrap this source
	}
}

function isPoseError(error: unknown): error is PoseError {
	return typeof error === 'object' && error !== null && 'kind' in error && 'message' in error;
}
