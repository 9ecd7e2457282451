import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PoseClient, type PoseClientHandlers } from './pose-client';
import type { FrameCommand, ResultEvent, WorkerCommand, WorkerEvent } from './protocol';

/** Stands in for the module worker: records commands, and lets the test answer them. */
class FakeWorker {
	static last: FakeWorker | null = null;
	onmessage: ((e: MessageEvent<WorkerEvent>) => void) | null = null;
	onerror: ((e: { message: string; preventDefault: () => void }) => void) | null = null;
	onmessageerror: (() => void) | null = null;
	sent: WorkerCommand[] = [];
	transferred: Transferable[][] = [];
	terminated = false;

	constructor() {
		FakeWorker.last = this;
	}
	postMessage(cmd: WorkerCommand, transfer: Transferable[] = []): void {
		this.sent.push(cmd);
		this.transferred.push(transfer);
	}
	terminate(): void {
		this.terminated = true;
	}
	reply(event: WorkerEvent): void {
		this.onmessage?.({ data: event } as MessageEvent<WorkerEvent>);
	}
	frames(): FrameCommand[] {
		return this.sent.filter((c): c is FrameCommand => c.type === 'frame');
	}
	result(frame: FrameCommand, landmarks: ResultEvent['landmarks'] = []): void {
		this.reply({
			type: 'result',
			id: frame.id,
			generation: frame.generation,
			timestamp: frame.timestamp,
			inferenceMs: 20,
			landmarks,
			world: null,
			mask: null,
			frameWidth: 640,
			frameHeight: 480
		});
	}
}

const frame = () => ({ close: vi.fn() }) as unknown as ImageBitmap;

function client() {
	const handlers = {
		onResult: vi.fn<PoseClientHandlers['onResult']>(),
		onDelegate: vi.fn<PoseClientHandlers['onDelegate']>(),
		onCrash: vi.fn<PoseClientHandlers['onCrash']>()
	};
	const pose = new PoseClient(handlers);
	const worker = FakeWorker.last;
	if (!worker) throw new Error('no worker');
	return { pose, worker, ...handlers };
}

const LOAD = { assetsBase: '/app', model: 'lite', delegate: 'auto', segmentation: false } as const;

describe('PoseClient', () => {
	beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
	afterEach(() => vi.unstubAllGlobals());

	it('loads the model from the given base and resolves with the ready reply', async () => {
		const { pose, worker } = client();
		const loading = pose.load(LOAD);
		const init = worker.sent[0];
		expect(init).toMatchObject({
			type: 'init',
			wasmBase: '/app/mediapipe/wasm',
			modelUrl: '/app/models/pose_landmarker_lite.task'
		});
		worker.reply({ type: 'ready', id: init?.id ?? -1, delegate: 'CPU', reason: 'x', loadMs: 5 });
		await expect(loading).resolves.toMatchObject({ type: 'ready', delegate: 'CPU' });
	});

	it('a failed load rejects with the worker message, without a crash', async () => {
		const { pose, worker, onCrash } = client();
		const loading = pose.load(LOAD);
		worker.reply({ type: 'error', id: worker.sent[0]?.id ?? -1, stage: 'load', message: '404' });
		await expect(loading).rejects.toThrow('404');
		expect(onCrash).not.toHaveBeenCalled();
	});

	it('is busy while a frame is in flight, so a frame loop drops frames meanwhile', () => {
		const { pose, worker, onResult } = client();
		// The session's loop: a frame every tick, sent only when the worker is free.
		// The fake worker needs three ticks per frame.
		const offered = 30;
		let inFlight: FrameCommand | null = null;
		let age = 0;
		const dropped: ImageBitmap[] = [];
		for (let tick = 0; tick < offered; tick++) {
			const f = frame();
			if (pose.busy) dropped.push(f);
			else pose.detect(f, 1, tick * 33, 0);
			const sent = worker.frames().at(-1) ?? null;
			if (sent !== inFlight) [inFlight, age] = [sent, 0];
			if (inFlight && ++age === 3) {
				worker.result(inFlight);
				inFlight = null;
			}
		}
		expect(worker.frames()).toHaveLength(10);
		expect(dropped).toHaveLength(20);
		expect(onResult).toHaveBeenCalledTimes(10);
		expect(pose.busy).toBe(false);
		// Every frame sent was transferred, not copied.
		worker.frames().forEach((f, i) => expect(worker.transferred[i]).toEqual([f.frame]));
	});

	it('hands each result its generation, so results of an old generation can be told apart', () => {
		const { pose, worker, onResult } = client();
		pose.detect(frame(), 1, 0, 0);
		const old = worker.frames()[0];
		if (!old) throw new Error('no frame');
		worker.result(old);
		pose.detect(frame(), 2, 33, 0);
		const next = worker.frames()[1];
		if (!next) throw new Error('no frame');
		worker.result(next);
		expect(onResult.mock.calls.map(([r]) => r.generation)).toEqual([1, 2]);
	});

	it('ignores results that arrive after it was closed', async () => {
		vi.useFakeTimers();
		try {
			const { pose, worker, onResult, onCrash } = client();
			pose.detect(frame(), 1, 0, 0);
			const late = worker.frames()[0];
			const closing = pose.close(50);
			if (!late) throw new Error('no frame');
			worker.result(late);
			worker.reply({ type: 'error', id: late.id, stage: 'frame', message: 'closed' });
			await vi.advanceTimersByTimeAsync(50);
			await closing;
			expect(onResult).not.toHaveBeenCalled();
			expect(onCrash).not.toHaveBeenCalled();
			expect(worker.terminated).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	it('drops a frame the worker could not read and carries on', () => {
		const { pose, worker, onResult, onCrash } = client();
		pose.detect(frame(), 1, 0, 0);
		const bad = worker.frames()[0];
		worker.reply({ type: 'error', id: bad?.id ?? -1, stage: 'frame', message: 'bad frame' });
		expect(onCrash).not.toHaveBeenCalled();
		expect(pose.busy).toBe(false);
		pose.detect(frame(), 1, 33, 0);
		const good = worker.frames()[1];
		if (!good) throw new Error('no frame');
		worker.result(good);
		expect(onResult).toHaveBeenCalledOnce();
	});

	it('reports a crash when every frame keeps failing', () => {
		const { pose, worker, onCrash } = client();
		for (let i = 0; i < 30 && onCrash.mock.calls.length === 0; i++) {
			pose.detect(frame(), 1, i * 33, 0);
			const sent = worker.frames().at(-1);
			worker.reply({ type: 'error', id: sent?.id ?? -1, stage: 'frame', message: 'no GL' });
		}
		expect(onCrash).toHaveBeenCalledOnce();
		expect(onCrash.mock.calls[0]?.[0]).toContain('no GL');
		expect(worker.frames().length).toBeLessThan(30);
	});

	it('reports a worker crash once, and settles a load in progress', async () => {
		const { pose, worker, onCrash } = client();
		const loading = pose.load(LOAD);
		pose.detect(frame(), 1, 0, 0);
		worker.onerror?.({ message: 'out of memory', preventDefault: () => {} });
		await expect(loading).rejects.toThrow('out of memory');
		expect(onCrash).toHaveBeenCalledWith('out of memory');
		expect(pose.busy).toBe(false);
	});

	it('reports an unreadable message from the worker as a crash', () => {
		const { worker, onCrash } = client();
		worker.onmessageerror?.();
		expect(onCrash).toHaveBeenCalledWith('unreadable message from the worker');
	});
});
