/**
 * Worker side: loads tasks-vision from the app's own origin and picks the delegate.
 *
 * tasks-vision loads its wasm glue with `importScripts`, which a module worker does not have.
 * We use the ES-module build of the glue (`vision_wasm_module_internal.js`, which sets
 * `globalThis.ModuleFactory`) and import it ourselves first, so a missing or broken file fails
 * here with a clear error; tasks-vision then finds `ModuleFactory` already set up.
 */
import { FilesetResolver, PoseLandmarker } from '@mediapipe/tasks-vision';
import type { Delegate } from './protocol';

export interface LandmarkerOptions {
	wasmBase: string;
	modelUrl: string;
	segmentation: boolean;
}

type Global = { ModuleFactory?: unknown };
let factory: unknown = null;

export async function loadWasm(wasmBase: string): Promise<void> {
	const loader = `${wasmBase}/vision_wasm_module_internal.js`;
	const module = (await import(/* @vite-ignore */ loader)) as { default?: unknown };
	factory = module.default ?? (globalThis as Global).ModuleFactory;
	if (typeof factory !== 'function') throw new Error(`${loader} did not define ModuleFactory`);
}

export async function createLandmarker(
	options: LandmarkerOptions,
	delegate: Delegate
): Promise<PoseLandmarker> {
	// tasks-vision clears the global after each use, and a cached module import will not set it
	// again: restore it, so a second landmarker (delegate trial, fallback model) can start.
	if (factory) (globalThis as Global).ModuleFactory ??= factory;
	const fileset = await FilesetResolver.forVisionTasks(options.wasmBase, true);
	return PoseLandmarker.createFromOptions(fileset, {
		baseOptions: { modelAssetPath: options.modelUrl, delegate },
		runningMode: 'VIDEO',
		numPoses: 1,
		minPoseDetectionConfidence: 0.5,
		minPosePresenceConfidence: 0.5,
		minTrackingConfidence: 0.5,
		outputSegmentationMasks: options.segmentation
	});
}

/**
 * The WebGL renderer this worker would get, or null without WebGL2. Software renderers
 * (SwiftShader, llvmpipe) make the GPU delegate an order of magnitude slower than CPU.
 */
export function webglRenderer(): string | null {
	if (typeof OffscreenCanvas === 'undefined') return null;
	const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
	if (!gl) return null;
	const info = gl.getExtension('WEBGL_debug_renderer_info');
	const renderer = String(
		info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)
	);
	gl.getExtension('WEBGL_lose_context')?.loseContext();
	return renderer;
}

export function isSoftwareRenderer(renderer: string): boolean {
	return /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i.test(renderer);
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
