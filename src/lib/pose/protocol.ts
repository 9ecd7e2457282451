/** Messages between the page and the pose worker. Every command carries an `id`; replies echo it. */
import type { Landmark } from '$lib/core/posture/setup-types';

export type ModelVariant = 'lite' | 'full';
export type DelegatePreference = 'auto' | 'CPU' | 'GPU';
export type Delegate = 'CPU' | 'GPU';

export interface InitCommand {
	type: 'init';
	id: number;
	/** Absolute URL of the folder holding vision_wasm_module_internal.{js,wasm}. */
	wasmBase: string;
	/** Absolute URL of the `.task` bundle. */
	modelUrl: string;
	delegate: DelegatePreference;
	/** Ask the graph for segmentation masks at all (costs a few ms a frame). */
	segmentation: boolean;
}

export interface FrameCommand {
	type: 'frame';
	id: number;
	/** Results from an older generation are dropped by the page. */
	generation: number;
	/** Transferred: the worker closes it. */
	frame: ImageBitmap | VideoFrame;
	/** Capture time on the page's clock, ms. */
	timestamp: number;
	/** Width of the reduced mask to send back, 0 for none. */
	maskWidth: number;
}

export interface CloseCommand {
	type: 'close';
	id: number;
}

export type WorkerCommand = InitCommand | FrameCommand | CloseCommand;

export interface ReadyEvent {
	type: 'ready';
	id: number;
	delegate: Delegate;
	/** Why this delegate: e.g. "software WebGL", "GPU 12 ms vs CPU 40 ms". */
	reason: string;
	loadMs: number;
}

/** The delegate changed after measuring the first frames on both ('auto' with a real GPU). */
export interface DelegateEvent {
	type: 'delegate';
	id: number;
	delegate: Delegate;
	reason: string;
}

export interface ResultEvent {
	type: 'result';
	id: number;
	generation: number;
	timestamp: number;
	/** Time spent in detectForVideo, ms. */
	inferenceMs: number;
	/** null: no pose in this frame. */
	landmarks: Landmark[] | null;
	world: Landmark[] | null;
	mask: { width: number; height: number; data: Uint8Array } | null;
	frameWidth: number;
	frameHeight: number;
}

export interface ErrorEvent {
	type: 'error';
	id: number;
	stage: 'load' | 'frame';
	message: string;
}

export interface ClosedEvent {
	type: 'closed';
	id: number;
}

export type WorkerEvent = ReadyEvent | DelegateEvent | ResultEvent | ErrorEvent | ClosedEvent;
