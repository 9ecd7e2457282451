/**
 * Pose worker (module worker): owns the PoseLandmarker. Lifecycle:
 *   init  -> load wasm + bundle, choose the delegate, reply `ready` (or `error` stage 'load')
 *   frame -> detectForVideo on the transferred frame, close it, reply `result`
 *   close -> close the landmarker(s), reply `closed`, end the worker
 * With delegate 'auto' on a real GPU it runs the first frames on GPU, then on CPU, and keeps the
 * faster (`delegate` event). A software WebGL renderer goes straight to CPU.
 */
/// <reference lib="webworker" />
import type { PoseLandmarker } from '@mediapipe/tasks-vision';
import type { Landmark } from '$lib/core/posture/setup-types';
import {
	createLandmarker,
	isSoftwareRenderer,
	loadWasm,
	median,
	webglRenderer,
	type LandmarkerOptions
} from './landmarker';
import { shrinkMask } from './mask';
import type {
	Delegate,
	FrameCommand,
	InitCommand,
	ResultEvent,
	WorkerCommand,
	WorkerEvent
} from './protocol';

declare const self: DedicatedWorkerGlobalScope;

// The wasm runtime prints its INFO lines to stderr, which lands in console.error; keep the
// console's error channel for real errors.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
	if (typeof args[0] === 'string' && args[0].startsWith('INFO:')) console.info(...args);
	else consoleError(...args);
};

const TRIAL_FRAMES = 5;

interface Trial {
	initId: number;
	phase: Delegate;
	times: Record<Delegate, number[]>;
	gpu: PoseLandmarker;
	cpu: PoseLandmarker | null;
}

let options: LandmarkerOptions | null = null;
let current: PoseLandmarker | null = null;
let trial: Trial | null = null;
let lastTimestamp = 0;

function post(event: WorkerEvent, transfer: Transferable[] = []): void {
	self.postMessage(event, transfer);
}

async function init(cmd: InitCommand): Promise<void> {
	const started = performance.now();
	options = { wasmBase: cmd.wasmBase, modelUrl: cmd.modelUrl, segmentation: cmd.segmentation };
	await loadWasm(cmd.wasmBase);
	const renderer = cmd.delegate === 'CPU' ? null : webglRenderer();
	const gpuUsable = renderer !== null && !isSoftwareRenderer(renderer);
	let delegate: Delegate = 'CPU';
	let reason =
		cmd.delegate === 'CPU' ? 'CPU requested' : `no hardware WebGL (${renderer ?? 'none'})`;
	if (gpuUsable || cmd.delegate === 'GPU') {
		try {
			current = await createLandmarker(options, 'GPU');
			delegate = 'GPU';
			reason = `GPU on ${renderer ?? 'unknown renderer'}`;
			if (cmd.delegate === 'auto') {
				trial = {
					initId: cmd.id,
					phase: 'GPU',
					times: { GPU: [], CPU: [] },
					gpu: current,
					cpu: null
				};
			}
		} catch (error) {
			reason = `GPU failed (${String(error)}), using CPU`;
		}
	}
	current ??= await createLandmarker(options, 'CPU');
	warmUp(current);
	post({ type: 'ready', id: cmd.id, delegate, reason, loadMs: performance.now() - started });
}

/**
 * One detection on a blank frame before the camera's first: the graph's first run is several
 * times slower than the rest (buffers, kernels), and it is better spent while the person reads.
 */
function warmUp(landmarker: PoseLandmarker): void {
	if (typeof OffscreenCanvas === 'undefined') return;
	try {
		const canvas = new OffscreenCanvas(256, 192);
		const ctx = canvas.getContext('2d');
		if (ctx) {
			ctx.fillStyle = '#808080';
			ctx.fillRect(0, 0, 256, 192);
		}
		lastTimestamp = Math.max(lastTimestamp + 1, 1);
		landmarker.detectForVideo(canvas, lastTimestamp, () => {});
	} catch {
		// A warm-up is an optimisation: the first real frame does the same work.
	}
}

/** Records a trial time; switches to CPU, then settles on the faster delegate. */
function recordTrial(ms: number): void {
	if (!trial || !options) return;
	const t = trial;
	const times = t.times[t.phase];
	times.push(ms);
	if (times.length <= TRIAL_FRAMES) return;
	if (t.phase === 'GPU') {
		t.phase = 'CPU'; // frames keep going to the GPU landmarker while the CPU one loads
		createLandmarker(options, 'CPU').then(
			(cpu) => {
				t.cpu = cpu;
				current = cpu;
			},
			(error: unknown) => settle(t, 'GPU', `CPU failed to load (${String(error)})`)
		);
		return;
	}
	const gpuMs = median(t.times.GPU.slice(1));
	const cpuMs = median(t.times.CPU.slice(1));
	const winner: Delegate = gpuMs < cpuMs ? 'GPU' : 'CPU';
	settle(t, winner, `GPU ${gpuMs.toFixed(0)} ms vs CPU ${cpuMs.toFixed(0)} ms`);
}

function settle(t: Trial, winner: Delegate, reason: string): void {
	trial = null;
	const loser = winner === 'GPU' ? t.cpu : t.gpu;
	current = winner === 'GPU' ? t.gpu : t.cpu;
	loser?.close();
	post({ type: 'delegate', id: t.initId, delegate: winner, reason });
}

function copyLandmarks(list: Landmark[] | undefined): Landmark[] | null {
	if (!list || list.length === 0) return null;
	return list.map(({ x, y, z, visibility }) => ({ x, y, z, visibility: visibility ?? 0 }));
}

function detect(cmd: FrameCommand): void {
	const frame = cmd.frame;
	const frameWidth = 'displayWidth' in frame ? frame.displayWidth : frame.width;
	const frameHeight = 'displayHeight' in frame ? frame.displayHeight : frame.height;
	try {
		if (!current) throw new Error('frame before the landmarker was ready');
		const landmarker = current;
		const inTrial = trial !== null && (trial.phase === 'GPU' || landmarker === trial.cpu);
		lastTimestamp = Math.max(Math.round(cmd.timestamp), lastTimestamp + 1);
		const started = performance.now();
		let inferenceMs = 0;
		// The callback runs synchronously inside detectForVideo; masks are only valid in it.
		const out: { event: ResultEvent | null } = { event: null };
		const transfer: Transferable[] = [];
		landmarker.detectForVideo(frame, lastTimestamp, (result) => {
			inferenceMs = performance.now() - started;
			const source = cmd.maskWidth > 0 ? result.segmentationMasks?.[0] : undefined;
			const mask = source
				? shrinkMask(source.getAsFloat32Array(), source.width, source.height, cmd.maskWidth)
				: null;
			if (mask) transfer.push(mask.data.buffer);
			out.event = {
				type: 'result',
				id: cmd.id,
				generation: cmd.generation,
				timestamp: cmd.timestamp,
				inferenceMs,
				landmarks: copyLandmarks(result.landmarks[0]),
				world: copyLandmarks(result.worldLandmarks[0]),
				mask,
				frameWidth,
				frameHeight
			};
		});
		post(out.event ?? { ...emptyResult(cmd, frameWidth, frameHeight), inferenceMs }, transfer);
		if (inTrial) recordTrial(inferenceMs);
	} catch (error) {
		post({ type: 'error', id: cmd.id, stage: 'frame', message: String(error) });
	} finally {
		frame.close();
	}
}

function emptyResult(cmd: FrameCommand, frameWidth: number, frameHeight: number): ResultEvent {
	return {
		type: 'result',
		id: cmd.id,
		generation: cmd.generation,
		timestamp: cmd.timestamp,
		inferenceMs: 0,
		landmarks: null,
		world: null,
		mask: null,
		frameWidth,
		frameHeight
	};
}

function close(id: number): void {
	current?.close();
	if (trial) {
		if (trial.gpu !== current) trial.gpu.close();
		if (trial.cpu && trial.cpu !== current) trial.cpu.close();
	}
	current = null;
	trial = null;
	post({ type: 'closed', id });
	self.close();
}

self.onmessage = (event: MessageEvent<WorkerCommand>) => {
	const cmd = event.data;
	if (cmd.type === 'frame') detect(cmd);
	else if (cmd.type === 'close') close(cmd.id);
	else
		init(cmd).catch((error: unknown) => {
			post({ type: 'error', id: cmd.id, stage: 'load', message: String(error) });
		});
};
