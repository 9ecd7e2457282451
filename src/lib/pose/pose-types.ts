/** The pose session's public types: what the session player and the camera page use. */
import type { LumaFrame } from '$lib/core/posture/setup-light';
import type { Landmark, PoseMask } from '$lib/core/posture/setup-types';
import type { PoseTrace } from '$lib/core/posture/trace';
import type { PoseError, Resolution } from './camera';
import type { Fit } from './fit';
import type { OverlayStyle } from './overlay';
import type { Delegate, DelegatePreference, ModelVariant } from './protocol';

/**
 * One analysed frame. The session reuses this object from frame to frame: read it in the
 * callback, copy what you keep.
 */
export interface PoseResult {
	/** Capture time, ms on the page's clock. */
	t: number;
	/** Filtered (One Euro) image landmarks, or null when nobody is tracked. */
	landmarks: Landmark[] | null;
	/** Unfiltered landmarks as the model gave them. */
	raw: Landmark[] | null;
	world: Landmark[] | null;
	mask: PoseMask | null;
	frameWidth: number;
	frameHeight: number;
	inferenceMs: number;
	/** Capture to overlay drawn, ms. */
	pipelineMs: number;
	fps: number;
	/** A greyscale thumbnail of this frame, when `lumaEveryMs` asked for one. */
	luma: LumaFrame | null;
}

export type PoseState = 'idle' | 'starting' | 'running' | 'paused' | 'stopped' | 'failed';

export interface PoseStatus {
	state: PoseState;
	tracking: boolean;
	fps: number;
	delegate: Delegate | null;
	delegateReason: string;
	mirrored: boolean;
	/** The model in use: 'lite' when 'full' was asked for but could not be loaded. */
	model: ModelVariant;
	/** Set when the device manages under 8 fps: offer the lite model and low resolution. */
	slow: boolean;
	error: PoseError | null;
}

export interface PoseSessionOptions {
	video: HTMLVideoElement;
	/** Overlay canvas laid exactly over the video; null to draw nothing. */
	canvas: HTMLCanvasElement | null;
	model?: ModelVariant;
	delegate?: DelegatePreference;
	resolution?: Resolution;
	/** Width of the segmentation mask to return (e.g. 64); 0 for none. */
	maskWidth?: number;
	/** Take a greyscale thumbnail this often (setup checks); 0 for never. */
	lumaEveryMs?: number;
	/** The video's CSS object-fit, for aligning the overlay. */
	fit?: Fit;
	/** Origin + base path the models and wasm are served from. */
	assetsBase: string;
	onResult?: (result: PoseResult) => void;
	onStatus?: (status: PoseStatus) => void;
}

export interface PoseSession {
	/** Starts the worker and loads the model without the camera, so starting later is quick. */
	prepare(): Promise<void>;
	start(deviceId?: string): Promise<void>;
	stop(): Promise<void>;
	/** Keeps the camera and the model but sends no frames (exercises the camera does not check). */
	setInference(on: boolean): void;
	/** Mask width from now on (0 for none): exercises judged from the outline need it. */
	setMaskWidth(width: number): void;
	/** How the skeleton is drawn: coloured by the form's state, the part at fault highlighted. */
	setOverlayStyle(style: OverlayStyle): void;
	setExercise(id: string | null): void;
	startTrace(): void;
	/** Ends recording and returns the trace (null when none was recording). */
	stopTrace(): PoseTrace | null;
	readonly status: PoseStatus;
}
