/**
 * Page side of the pose worker: starts it, loads the model, sends frames (transferred), and
 * ends it. One frame at most is in flight; `busy` tells the frame loop to drop frames meanwhile.
 */
import type {
	Delegate,
	DelegatePreference,
	ModelVariant,
	ReadyEvent,
	ResultEvent,
	WorkerCommand,
	WorkerEvent
} from './protocol';

export interface PoseClientHandlers {
	onResult(result: ResultEvent): void;
	onDelegate(delegate: Delegate, reason: string): void;
	/** The worker died or frames kept failing (one bad frame is dropped); unusable afterwards. */
	onCrash(detail: string): void;
}

export interface LoadOptions {
	assetsBase: string;
	model: ModelVariant;
	delegate: DelegatePreference;
	segmentation: boolean;
}

/** Frames failing in a row before the landmarker is taken for broken: one bad frame is not. */
const BAD_FRAMES_IN_A_ROW = 10;

export function modelUrl(assetsBase: string, model: ModelVariant): string {
	return `${assetsBase}/models/pose_landmarker_${model}.task`;
}

export class PoseClient {
	#worker: Worker;
	#nextId = 1;
	#inFlight: number | null = null;
	#pending = new Map<number, (event: WorkerEvent) => void>();
	#handlers: PoseClientHandlers;
	#closed = false;
	#badFrames = 0;

	constructor(handlers: PoseClientHandlers) {
		this.#handlers = handlers;
		this.#worker = new Worker(new URL('./pose.worker.ts', import.meta.url), {
			type: 'module',
			name: 'pose'
		});
		this.#worker.onmessage = (e: MessageEvent<WorkerEvent>) => this.#receive(e.data);
		this.#worker.onerror = (e) => {
			e.preventDefault();
			this.#crash(e.message || 'worker error');
		};
		this.#worker.onmessageerror = () => this.#crash('unreadable message from the worker');
	}

	get busy(): boolean {
		return this.#inFlight !== null;
	}

	#send(cmd: WorkerCommand, transfer: Transferable[] = []): void {
		this.#worker.postMessage(cmd, transfer);
	}

	#request(build: (id: number) => WorkerCommand): Promise<WorkerEvent> {
		const id = this.#nextId++;
		return new Promise((resolve) => {
			this.#pending.set(id, resolve);
			this.#send(build(id));
		});
	}

	async load(options: LoadOptions): Promise<ReadyEvent> {
		const reply = await this.#request((id) => ({
			type: 'init',
			id,
			wasmBase: `${options.assetsBase}/mediapipe/wasm`,
			modelUrl: modelUrl(options.assetsBase, options.model),
			delegate: options.delegate,
			segmentation: options.segmentation
		}));
		if (reply.type === 'ready') return reply;
		throw new Error(reply.type === 'error' ? reply.message : `unexpected ${reply.type}`);
	}

	/** Sends a frame; the caller must not send another while `busy`. The frame is transferred. */
	detect(
		frame: ImageBitmap | VideoFrame,
		generation: number,
		timestamp: number,
		maskWidth: number
	): void {
		const id = this.#nextId++;
		this.#inFlight = id;
		this.#send({ type: 'frame', id, generation, frame, timestamp, maskWidth }, [frame]);
	}

	#receive(event: WorkerEvent): void {
		if (event.id === this.#inFlight) this.#inFlight = null;
		const pending = this.#pending.get(event.id);
		if (pending) {
			this.#pending.delete(event.id);
			pending(event);
		} else if (this.#closed) {
			// Closing: only the close reply matters; late results belong to a finished run.
		} else if (event.type === 'result') {
			this.#badFrames = 0;
			this.#handlers.onResult(event);
		} else if (event.type === 'delegate') this.#handlers.onDelegate(event.delegate, event.reason);
		else if (event.type === 'error' && event.stage === 'frame') {
			// A frame the landmarker could not read is dropped; only a run of them is a crash.
			if (++this.#badFrames >= BAD_FRAMES_IN_A_ROW) this.#crash(event.message);
		} else if (event.type === 'error') this.#crash(event.message);
	}

	#crash(detail: string): void {
		if (this.#closed) return;
		this.#inFlight = null;
		for (const resolve of this.#pending.values()) {
			resolve({ type: 'error', id: 0, stage: 'load', message: detail });
		}
		this.#pending.clear();
		this.#handlers.onCrash(detail);
	}

	/** Closes the landmarker (waits up to `ms` for it) and ends the worker. */
	async close(ms = 1000): Promise<void> {
		if (this.#closed) return;
		const closed = this.#request((id) => ({ type: 'close', id }));
		this.#closed = true;
		await Promise.race([closed, new Promise((r) => setTimeout(r, ms))]);
		this.#worker.terminate();
	}
}
