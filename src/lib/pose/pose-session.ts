/**
 * A pose session: camera -> frame loop -> worker -> filter -> overlay + callbacks.
 *
 * Lifecycle: `start(deviceId)` opens the camera and loads the model (in parallel), then runs the
 * frame loop; `stop()` ends the loop, stops the camera tracks, closes the landmarker and ends the
 * worker. The session is the only owner of the frame loop. A frame is dropped, never queued, while
 * the worker is busy; every start/stop/pause bumps the generation so late results are dropped.
 * Inference pauses while the page is hidden. Any failure is reported through `onStatus` with a
 * message, and the session stops itself: the exercise session goes on without the camera.
 */
import { LandmarkFilter } from '$lib/core/posture/filter';
import type { LumaFrame } from '$lib/core/posture/setup-light';
import { TraceRecorder, type PoseTrace } from '$lib/core/posture/trace';
import { openCamera, poseError, type PoseError } from './camera';
import { LumaSampler } from './luma';
import { clearOverlay, drawSkeleton } from './overlay';
import { PoseClient } from './pose-client';
import type {
	FormSignal,
	PoseResult,
	PoseSession,
	PoseSessionOptions,
	PoseStatus
} from './pose-types';
import type { ResultEvent } from './protocol';
import { RateMeter } from './rate';

export type * from './pose-types';

const SLOW_FPS = 8;

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
	#stream: MediaStream | null = null;
	/** Bumped by start/stop/pause: results sent under an older generation are dropped. */
	#generation = 0;
	/** Bumped by start/stop only: callbacks from an earlier start are ignored. */
	#run = 0;
	#loop = 0;
	#rate = new RateMeter();
	#filter = new LandmarkFilter();
	#luma = new LumaSampler();
	#lastLuma = -Infinity;
	#frameLuma: LumaFrame | null = null;
	#capturing = false;
	#lastStatus = 0;
	#exercise: string | null = null;
	#trace: TraceRecorder | null = null;
	#last: PoseResult | null = null;
	#onVisibility = () => this.#visibilityChanged();

	constructor(options: PoseSessionOptions) {
		this.#o = options;
	}

	get status(): PoseStatus {
		return { ...this.#status };
	}

	get form(): FormSignal {
		return { exercise: this.#exercise, tracking: this.#status.tracking, result: this.#last };
	}

	#set(patch: Partial<PoseStatus>): void {
		this.#status = { ...this.#status, ...patch };
		this.#o.onStatus?.(this.status);
	}

	async start(deviceId?: string): Promise<void> {
		await this.stop();
		const run = ++this.#run;
		this.#generation++;
		this.#set({ state: 'starting', error: null, slow: false, tracking: false, fps: 0 });
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
			segmentation: (this.#o.maskWidth ?? 0) > 0
		};
		this.#set({ model });
		const loading = client.load(load);
		loading.catch(() => undefined); // awaited below; do not report it twice if the camera fails
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
			const ready = await loading.catch((error: unknown) => {
				// The higher-accuracy model is fetched on first use: offline it may be missing.
				if (model !== 'full' || run !== this.#run) throw error;
				this.#set({ model: 'lite' });
				return client.load({ ...load, model: 'lite' });
			});
			if (run !== this.#run) return;
			this.#set({ delegate: ready.delegate, delegateReason: ready.reason });
		} catch (error) {
			return this.#fail(poseError('model-failed', String(error)));
		}
		document.addEventListener('visibilitychange', this.#onVisibility);
		this.#rate.reset();
		this.#set({ state: document.hidden ? 'paused' : 'running' });
		this.#schedule();
	}

	async stop(): Promise<void> {
		this.#run++;
		this.#generation++;
		cancelAnimationFrame(this.#loop);
		document.removeEventListener('visibilitychange', this.#onVisibility);
		for (const track of this.#stream?.getTracks() ?? []) track.stop();
		this.#stream = null;
		this.#o.video.srcObject = null;
		if (this.#o.canvas) clearOverlay(this.#o.canvas);
		const client = this.#client;
		this.#client = null;
		this.#filter.reset();
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
		this.#set({ state: document.hidden ? 'paused' : 'running' });
		if (!document.hidden) this.#schedule();
	}

	#schedule(): void {
		cancelAnimationFrame(this.#loop);
		this.#loop = requestAnimationFrame(() => this.#tick());
	}

	/** The frame loop: capture when the worker is free, otherwise let the frame go. */
	#tick(): void {
		if (this.#status.state !== 'running') return;
		this.#schedule();
		const client = this.#client;
		const video = this.#o.video;
		if (!client || this.#capturing || client.busy || video.readyState < 2 || !video.videoWidth) {
			return;
		}
		const generation = this.#generation;
		const t = performance.now();
		const lumaEvery = this.#o.lumaEveryMs ?? 0;
		if (lumaEvery > 0 && t - this.#lastLuma >= lumaEvery) {
			this.#lastLuma = t;
			this.#frameLuma = this.#luma.sample(video);
		} else this.#frameLuma = null;
		const maskWidth = this.#o.maskWidth ?? 0;
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
		const landmarks = raw ? this.#filter.filter(raw, r.timestamp) : null;
		if (this.#o.canvas) {
			drawSkeleton(this.#o.canvas, landmarks, {
				frameWidth: r.frameWidth,
				frameHeight: r.frameHeight,
				fit: this.#o.fit ?? 'cover',
				mirrored: this.#status.mirrored
			});
		}
		const now = performance.now();
		const fps = this.#rate.tick(now);
		const result: PoseResult = {
			t: r.timestamp,
			landmarks,
			raw,
			world: r.world,
			mask: r.mask,
			frameWidth: r.frameWidth,
			frameHeight: r.frameHeight,
			inferenceMs: r.inferenceMs,
			pipelineMs: now - r.timestamp,
			fps,
			luma: this.#frameLuma
		};
		this.#last = result;
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
