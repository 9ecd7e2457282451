import { describe, expect, it } from 'vitest';
import type { FormSignal } from '$lib/core/player/events';
import type { SpeechPriority } from '$lib/core/player/speech-queue';
import { buildSteps, type Step } from '$lib/core/player/steps';
import type { FrameResult } from '$lib/core/posture/engine';
import type { PostureFrame } from '$lib/core/posture/frame';
import { rulesFor } from '$lib/core/posture/rules';
import type { SetSummary } from '$lib/core/posture/tally';
import { buildSession } from '$lib/core/program/plan';
import type { SegmentPhase } from '$lib/core/program/timing';
import type { PoseResult, PoseSession, PoseSessionOptions, PoseStatus } from '$lib/pose/pose-types';
import { CoachState, type EngineLike } from './coach.svelte';

function frameResult(over: Partial<FrameResult> = {}): FrameResult {
	return {
		t: 0,
		state: 'good',
		problem: null,
		faults: [],
		side: 'left',
		repPhase: null,
		reps: 0,
		goodReps: 0,
		goodMs: 0,
		holding: true,
		cue: null,
		repDone: null,
		...over
	};
}

/** A coach over a fake pose session, a scripted engine and a fake player. */
function setup() {
	const session = buildSession(1);
	const steps = buildSteps(session);
	const signals: (FormSignal | null)[] = [];
	const reps: [boolean, string | null][] = [];
	const said: [string, SpeechPriority][] = [];
	const view = { phase: 'hold' as SegmentPhase | null };
	const calls: string[] = [];
	let options: PoseSessionOptions | null = null;
	const fakeSession: PoseSession = {
		prepare: async () => void calls.push('prepare'),
		start: async () => void calls.push('start'),
		stop: async () => void calls.push('stop'),
		setInference: (on) => void calls.push(`inference:${on}`),
		setMaskWidth: (w) => void calls.push(`mask:${w}`),
		setOverlayStyle: (s) => void calls.push(`overlay:${s.state}:${s.parts.join(',')}`),
		setExercise: (id) => void calls.push(`exercise:${id}`),
		startTrace: () => {},
		stopTrace: () => null,
		status: {} as PoseStatus
	};
	let next: FrameResult = frameResult();
	const engines: string[] = [];
	const pushed: number[] = [];
	const summary: SetSummary = {
		exercise: 'x',
		start: 1000,
		end: 9000,
		reps: 3,
		goodReps: 2,
		goodFormSeconds: 6,
		activeSeconds: 7.5,
		formScore: 0.8,
		unknownSeconds: 0.5,
		faults: [{ code: 'back-arched', start: 3000, end: 4500 }],
		cues: []
	};
	const coach = new CoachState({
		player: {
			session,
			view,
			setFormSignal: (s) => void signals.push(s && { ...s }),
			cameraRep: (good, why) => void reps.push([good, why]),
			say: (text, priority) => void said.push([text, priority])
		},
		assetsBase: 'http://localhost',
		model: () => 'lite',
		cameraId: () => null,
		calibration: () => null,
		elements: () => ({ video: {} as HTMLVideoElement, canvas: {} as HTMLCanvasElement }),
		createSession: (o) => ((options = o), fakeSession),
		createEngine: (exercise): EngineLike => {
			engines.push(exercise);
			return {
				rules: rulesFor(exercise)!,
				push: (f: PostureFrame) => (pushed.push(f.t), { ...next, t: f.t }),
				finish: () => summary
			};
		}
	});
	const status = (s: Partial<PoseStatus>) =>
		options!.onStatus!({
			state: 'running',
			tracking: true,
			fps: 10,
			delegate: 'CPU',
			delegateReason: '',
			mirrored: false,
			model: 'lite',
			slow: false,
			error: null,
			...s
		});
	const frame = (t: number, result: Partial<FrameResult> = {}) => {
		next = frameResult(result);
		options!.onResult!({
			t,
			raw: [],
			landmarks: [],
			world: null,
			mask: null,
			frameWidth: 480,
			frameHeight: 360,
			inferenceMs: 40,
			pipelineMs: 50,
			fps: 10,
			luma: null
		} as unknown as PoseResult);
	};
	const stepOf = (kind: Step['kind'], exercise: string) =>
		steps.find(
			(s) => s.kind === kind && 'item' in s && session.items[s.item]?.exerciseId === exercise
		)!;
	return { coach, signals, reps, said, view, calls, engines, pushed, status, frame, stepOf };
}

describe('CoachState', () => {
	it('tells the player only when the form signal changes', async () => {
		const c = setup();
		await c.coach.prepare();
		c.coach.follow(c.stepOf('set', 'supine-brace'));
		c.signals.length = 0;
		for (let t = 0; t < 1000; t += 100) c.frame(t);
		expect(c.signals).toEqual([{ ok: true, voiced: true }]);
		c.frame(1000, {
			state: 'fault',
			faults: [{ code: 'back-arched', since: 900, part: 'back', outline: true }]
		});
		c.frame(1100, {
			state: 'fault',
			faults: [{ code: 'back-arched', since: 900, part: 'back', outline: true }]
		});
		expect(c.signals.at(-1)).toEqual({
			ok: false,
			message: 'Flatten your lower back into the floor',
			voiced: true
		});
		expect(c.signals).toHaveLength(2);
		expect(c.coach.form).toBe('fault');
		expect(c.coach.faults).toEqual(['back-arched']);
		expect(c.calls).toContain('overlay:fault:back');
	});

	it('a hold counts only in the held position: lying flat between bridges is not a bridge', async () => {
		const c = setup();
		await c.coach.prepare();
		c.coach.follow(c.stepOf('set', 'supine-brace'));
		c.frame(0, { holding: false });
		expect(c.signals.at(-1)).toEqual({ ok: false, voiced: true });
		c.view.phase = 'relax';
		c.frame(100, { holding: false });
		expect(c.signals.at(-1)).toEqual({ ok: true, voiced: true });
	});

	it('says cues through the player with their priority, and passes reps on with the reason', async () => {
		const c = setup();
		await c.coach.prepare();
		c.coach.follow(c.stepOf('set', 'pelvic-tilt'));
		c.view.phase = 'rep';
		c.frame(0, { cue: { t: 0, code: 'praise', text: 'That’s it' } });
		c.frame(100, {
			state: 'fault',
			faults: [{ code: 'too-fast', since: 0, part: 'back', outline: false }],
			cue: { t: 100, code: 'too-fast', text: 'Slow down' }
		});
		c.frame(200, { repDone: { good: true, faults: [] } });
		c.frame(300, { repDone: { good: false, faults: ['too-fast'] } });
		expect(c.said).toContainEqual(['That’s it', 'praise']);
		expect(c.said).toContainEqual(['Slow down', 'correction']);
		expect(c.reps).toEqual([
			[true, null],
			[false, 'Slow down: take your time over each tilt']
		]);
	});

	it('tracking lost: holds the hold briefly, then lets the clock keep time and says so once', async () => {
		const c = setup();
		await c.coach.prepare();
		c.coach.follow(c.stepOf('set', 'supine-brace'));
		c.frame(0);
		for (let t = 100; t <= 2500; t += 100) c.frame(t, { state: 'unknown', problem: 'no-person' });
		expect(c.signals.at(-1)).toMatchObject({ ok: false, voiced: true });
		for (let t = 2600; t <= 5000; t += 100) c.frame(t, { state: 'unknown', problem: 'no-person' });
		expect(c.signals.at(-1)).toBeNull();
		expect(c.coach.lost).toBe(true);
		expect(c.said.filter(([t]) => t.includes('keep time'))).toHaveLength(1);
		c.frame(5100);
		expect(c.signals.at(-1)).toEqual({ ok: true, voiced: true });
		expect(c.said.at(-1)?.[0]).toBe('I can see you again.');
	});

	it('follows the player: setup checks in the intro, an engine per set, the camera resting elsewhere', async () => {
		const c = setup();
		await c.coach.prepare();
		c.coach.follow(c.stepOf('intro', 'supine-brace'));
		expect(c.coach.settingUp).toBe(true);
		expect(c.calls).toContain('inference:true');
		expect(c.calls).toContain('mask:128');
		c.frame(0);
		expect(c.coach.setup?.prompt).toMatch(/face/i);
		expect(c.said.at(-1)?.[1]).toBe('info');
		c.coach.follow(c.stepOf('set', 'supine-brace'));
		expect(c.engines).toEqual(['supine-brace']);
		c.frame(100);
		expect(c.pushed).toEqual([100]);
		c.coach.follow(c.stepOf('set', 'knee-rolls') ?? c.stepOf('intro', 'diaphragmatic-breathing'));
		expect(c.coach.checked).toBe(false);
		expect(c.calls.at(-1)).toBe('inference:false');
		expect(c.signals.at(-1)).toBeNull();
	});

	it('hands the set’s verdict to the player when it completes, once', async () => {
		const c = setup();
		await c.coach.prepare();
		c.status({});
		const set = c.stepOf('set', 'supine-brace') as Extract<Step, { kind: 'set' }>;
		c.coach.follow(set);
		c.frame(100);
		expect(c.coach.resultFor(set)).toEqual({
			reps: 3,
			goodReps: 2,
			trackedSeconds: 7.5,
			faults: [{ code: 'back-arched', start: 2, end: 3.5 }]
		});
		expect(c.coach.resultFor(set)).toBeNull();
	});

	it('the camera failing: the clock keeps time and the person hears why, once', async () => {
		const c = setup();
		await c.coach.prepare();
		c.coach.follow(c.stepOf('set', 'supine-brace'));
		c.frame(0, { holding: false });
		const error = {
			kind: 'worker-crashed' as const,
			message: 'Posture tracking stopped unexpectedly.'
		};
		c.status({ state: 'failed', error });
		c.status({ state: 'failed', error });
		expect(c.signals.at(-1)).toBeNull();
		expect(c.said.filter(([t]) => t === error.message)).toHaveLength(1);
		expect(c.coach.lost).toBe(true);
	});
});
