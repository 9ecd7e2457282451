/**
 * The camera coach: bridges the pose session to the posture engine and the engine to the
 * session player. Lifecycle: `prepare()` loads the model while the person reads the ready card;
 * `attach()` (when the live view is on screen) opens the camera; `follow(step)` is called for
 * every step the player enters, so the coach checks setup during an exercise's intro and
 * demonstration and judges form during its sets; `off()` turns the camera off for the rest of
 * the session; `stop()` ends everything.
 *
 * It tells the player only what changes: a new form signal, a rep done, a cue to say. When the
 * camera cannot see enough for a while, or fails, the player keeps time on its own clock and the
 * person hears so once. The coach owns its <video> and <canvas> (the live view mounts them), so
 * the camera and the one landmarker live for the whole session whatever the layout does.
 */
import {
	cameraChecks,
	formSignal,
	LOST_AFTER_MS,
	repFaultLine,
	sameSignal,
	verdict,
	type CameraVerdict
} from '$lib/core/posture/coaching';
import type { Calibration } from '$lib/core/posture/calibration';
import { PostureEngine, type FrameResult } from '$lib/core/posture/engine';
import { ghostBones, type GhostBone } from '$lib/core/posture/ghost';
import { targetPose, type JointPositions } from '$lib/core/program/keyframes';
import { keyframesFor } from '$lib/core/program/keyframes-data';
import type { PostureFrame } from '$lib/core/posture/frame';
import { rulesFor, type ExerciseRules } from '$lib/core/posture/rules';
import { requirementFor, SetupGuide, type SetupState } from '$lib/core/posture/setup-guide';
import type { FormState, Problem } from '$lib/core/posture/states';
import type { FormSignal } from '$lib/core/player/events';
import type { SpeechPriority } from '$lib/core/player/speech-queue';
import type { Step } from '$lib/core/player/steps';
import type { SegmentPhase } from '$lib/core/program/timing';
import { getExercise } from '$lib/core/program/catalogue';
import type { PlannedSession } from '$lib/core/program/plan';
import {
	createPoseSession,
	type PoseResult,
	type PoseSession,
	type PoseSessionOptions,
	type PoseStatus
} from '$lib/pose/pose-session';
import type { OverlayPart } from '$lib/pose/overlay';
import type { ModelVariant } from '$lib/pose/protocol';
import { Announcer } from '$lib/pose/speech';

/** The parts of the player the coach drives (PlayerState, or a fake in tests). */
export interface PlayerPort {
	readonly session: PlannedSession;
	readonly view: { phase: SegmentPhase | null };
	setFormSignal(signal: FormSignal | null): void;
	cameraRep(good: boolean, why: string | null): void;
	say(text: string, priority: SpeechPriority): void;
}

/** The engine as the coach uses it (a fake in tests). */
export interface EngineLike {
	readonly rules: ExerciseRules;
	push(frame: PostureFrame): FrameResult;
	finish(): ReturnType<PostureEngine['finish']>;
}

export interface CoachOptions {
	/** The player it drives; or connect() it later (the coach starts before the player exists). */
	player?: PlayerPort;
	assetsBase: string;
	model: () => ModelVariant;
	cameraId: () => string | null;
	calibration: () => Calibration | null;
	createSession?: (options: PoseSessionOptions) => PoseSession;
	createEngine?: (exercise: string, calibration: Calibration | null) => EngineLike;
	/** Elements for the camera and the overlay (the live view mounts them). */
	elements?: () => { video: HTMLVideoElement; canvas: HTMLCanvasElement };
}

/** Frames whose timings the coach keeps (for the pose benchmark), in a ring. */
const TIMING_SAMPLES = 4096;

/** Outline checks need the mask at this width; 128 keeps a 7 cm gap about three pixels deep. */
const MASK_WIDTH = 128;
/** Shown as the big cue for this long after it is said. */
const CUE_SHOWN_MS = 4000;
/** The ghost follows the person this often (they hold still; it need not move every frame). */
const GHOST_EVERY_MS = 400;

const LOST_LINE = 'I cannot see you well enough now, so I will keep time for you.';
const BACK_LINE = 'I can see you again.';

/** The exercise's position to hold, from its demonstration; null when it has none. */
function targetOf(exerciseId: string): JointPositions | null {
	try {
		return targetPose(keyframesFor(exerciseId)).joints;
	} catch {
		return null;
	}
}

export class CoachState {
	/** The camera is wanted for this session (the person has not turned it off). */
	on = $state(true);
	status = $state<PoseStatus | null>(null);
	/** The current step is one the camera checks. */
	checked = $state(false);
	/** Intro or demonstration of a checked exercise: setup checks run. */
	settingUp = $state(false);
	setup = $state<SetupState | null>(null);
	form = $state<FormState>('setting-up');
	problem = $state<Problem | null>(null);
	faults = $state<string[]>([]);
	cue = $state<string | null>(null);
	goodSeconds = $state(0);
	reps = $state(0);
	/** The camera cannot judge now and the clock keeps time. */
	lost = $state(false);
	exerciseId = $state<string | null>(null);
	/** Draw the target position over the person (the person can turn it off). */
	ghost = $state(true);

	readonly video: HTMLVideoElement;
	readonly canvas: HTMLCanvasElement;
	#o: CoachOptions;
	#player: PlayerPort | null;
	#session: PoseSession | null = null;
	#engine: EngineLike | null = null;
	#engineStep: string | null = null;
	#guide: SetupGuide | null = null;
	#announcer: Announcer;
	#sent: FormSignal | null = null;
	#unjudgedSince: number | null = null;
	#lostSaid = false;
	#backSaid = false;
	#failedSaid = false;
	#cueAt = 0;
	#frame: PostureFrame = { t: 0, landmarks: null, mask: null, width: 0, height: 0 };
	#overlayKey = '';
	#attached = false;
	#target: JointPositions | null = null;
	#pin: 'shoulder' | 'ankle' = 'shoulder';
	#ghostAt = -Infinity;
	#ghostBones: GhostBone[] | null = null;
	/** Per frame: inference in the worker, and capture to the coach's work done (ms). */
	readonly timings = {
		raw: new Float64Array(TIMING_SAMPLES),
		app: new Float64Array(TIMING_SAMPLES),
		count: 0
	};

	constructor(options: CoachOptions) {
		this.#o = options;
		this.#player = options.player ?? null;
		const elements = options.elements?.() ?? {
			video: document.createElement('video'),
			canvas: document.createElement('canvas')
		};
		this.video = elements.video;
		this.canvas = elements.canvas;
		this.#announcer = new Announcer((text) => this.#player?.say(text, 'info'));
	}

	/** The player to drive, once it exists. */
	connect(player: PlayerPort): void {
		this.#player = player;
	}

	get running(): boolean {
		return this.status?.state === 'running' || this.status?.state === 'paused';
	}

	/** Starts the worker and loads the model now, so the first skeleton comes quickly later. */
	prepare(): Promise<void> {
		return this.#ensureSession().prepare();
	}

	/** Opens the camera (asks permission the first time). Safe to call again. */
	async attach(): Promise<void> {
		if (!this.on || this.#attached) return;
		this.#attached = true;
		await this.#ensureSession().start(this.#o.cameraId() ?? undefined);
	}

	/** The person turned the camera off: the session carries on with the clock. */
	async off(): Promise<void> {
		this.on = false;
		this.#reset();
		this.#send(null);
		await this.stop();
	}

	async stop(): Promise<void> {
		const session = this.#session;
		this.#session = null;
		this.#attached = false;
		await session?.stop();
	}

	/** The player entered a step: set up, judge, or rest the camera accordingly. */
	follow(step: Step): void {
		this.#reset();
		this.#send(null);
		const item = 'item' in step ? this.#player?.session.items[step.item] : undefined;
		const exerciseId = item?.exerciseId ?? null;
		this.exerciseId = exerciseId;
		const checked = exerciseId !== null && cameraChecks(exerciseId);
		this.checked = checked;
		const session = this.#session;
		if (!checked || !exerciseId) {
			session?.setInference(false);
			return;
		}
		const rules = rulesFor(exerciseId)!;
		session?.setInference(true);
		session?.setExercise(exerciseId);
		session?.setMaskWidth(rules.outline.length ? MASK_WIDTH : 0);
		if (step.kind === 'intro' || step.kind === 'demo') {
			const need = requirementFor(getExercise(exerciseId));
			this.#guide = need
				? new SetupGuide(need, { tracking: this.status?.tracking ?? false })
				: null;
			this.settingUp = this.#guide !== null;
		} else if (step.kind === 'set') {
			const create =
				this.#o.createEngine ??
				((exercise, calibration) => new PostureEngine({ exercise, calibration }));
			this.#engine = create(exerciseId, this.#o.calibration());
			this.#engineStep = step.id;
			this.#unjudgedSince = null;
			this.#target = targetOf(exerciseId);
			this.#pin = rules.postures.includes('standing') ? 'ankle' : 'shoulder';
		}
	}

	/** The camera's verdict on the set that just ended (the player stores it with the set). */
	resultFor(step: Extract<Step, { kind: 'set' }>): CameraVerdict | null {
		if (!this.#engine || this.#engineStep !== step.id || !this.running) return null;
		const summary = this.#engine.finish();
		this.#engine = null;
		this.#engineStep = null;
		return summary.end > summary.start ? verdict(summary) : null;
	}

	#ensureSession(): PoseSession {
		if (this.#session) return this.#session;
		const create = this.#o.createSession ?? createPoseSession;
		this.#session = create({
			video: this.video,
			canvas: this.canvas,
			model: this.#o.model(),
			maskWidth: MASK_WIDTH,
			lumaEveryMs: 500,
			fit: 'contain',
			assetsBase: this.#o.assetsBase,
			onStatus: (status) => this.#status(status),
			onResult: (r) => this.#result(r)
		});
		return this.#session;
	}

	#reset(): void {
		this.#engine = null;
		this.#engineStep = null;
		this.#guide = null;
		this.settingUp = false;
		this.setup = null;
		this.form = 'setting-up';
		this.problem = null;
		this.faults = [];
		this.cue = null;
		this.goodSeconds = 0;
		this.reps = 0;
		this.lost = false;
		this.#lostSaid = false;
		this.#backSaid = false;
		this.#unjudgedSince = null;
		this.#target = null;
		this.#ghostBones = null;
		this.#ghostAt = -Infinity;
		this.#setOverlay('setting-up', []);
	}

	/** Shows or hides the target position over the person. */
	toggleGhost(): void {
		this.ghost = !this.ghost;
		this.#overlayKey = '';
	}

	#status(status: PoseStatus): void {
		this.status = status;
		if (status.state === 'failed' && !this.#failedSaid) {
			this.#failedSaid = true;
			this.#send(null);
			this.lost = true;
			if (status.error) this.#player?.say(status.error.message, 'info');
		}
	}

	#send(signal: FormSignal | null): void {
		if (sameSignal(signal, this.#sent)) return;
		this.#sent = signal;
		this.#player?.setFormSignal(signal);
	}

	#result(r: PoseResult): void {
		if (this.#guide) {
			const state = this.#guide.update({
				landmarks: r.landmarks,
				frameWidth: r.frameWidth,
				frameHeight: r.frameHeight,
				luma: r.luma
			});
			if (this.setup?.prompt !== state.prompt || this.setup?.phase !== state.phase)
				this.setup = state;
			this.#announcer.announce(state.prompt, r.t);
			return;
		}
		const engine = this.#engine;
		if (!engine) return;
		const f = this.#frame;
		f.t = r.t;
		f.landmarks = r.raw;
		f.mask = r.mask;
		f.width = r.frameWidth;
		f.height = r.frameHeight;
		const res = engine.push(f);
		if (this.#target && r.raw && res.side && r.t - this.#ghostAt >= GHOST_EVERY_MS) {
			this.#ghostAt = r.t;
			this.#ghostBones = ghostBones(
				this.#target,
				r.raw,
				res.side,
				r.frameWidth,
				r.frameHeight,
				this.#pin
			);
			this.#overlayKey = ''; // the ghost moved: draw it there
		}
		this.#judged(res, engine.rules);
		const k = this.timings.count++ % TIMING_SAMPLES;
		this.timings.raw[k] = r.inferenceMs;
		this.timings.app[k] = performance.now() - r.t;
	}

	#judged(res: FrameResult, rules: ExerciseRules): void {
		const player = this.#player;
		if (!player) return;
		let signal = formSignal(res, player.view.phase, rules);
		if (signal === null) {
			this.#unjudgedSince ??= res.t;
			const since = res.t - this.#unjudgedSince;
			if (since < LOST_AFTER_MS) {
				// A moment out of view: hold the hold until we know (never count what we cannot see).
				signal = { ok: false, message: this.#sent?.message, voiced: true };
			} else {
				this.lost = true;
				if (!this.#lostSaid) {
					this.#lostSaid = true;
					player.say(LOST_LINE, 'info');
				}
			}
		} else {
			// Said once a set: a person drifting in and out of view is not talked at every time.
			if (this.lost && this.#lostSaid && !this.#backSaid) {
				this.#backSaid = true;
				player.say(BACK_LINE, 'info');
			}
			this.#unjudgedSince = null;
			this.lost = false;
		}
		this.#send(signal);
		if (res.cue) {
			const kind = res.cue.code === 'praise' ? 'praise' : res.faults.length ? 'correction' : 'info';
			player.say(res.cue.text, kind);
			this.cue = res.cue.text;
			this.#cueAt = res.t;
		} else if (this.cue && res.t - this.#cueAt > CUE_SHOWN_MS) this.cue = null;
		if (res.repDone) {
			const why = res.repDone.good ? null : repFaultLine(rules.id, res.repDone.faults);
			player.cameraRep(res.repDone.good, why);
		}
		if (this.form !== res.state) this.form = res.state;
		if (this.problem !== res.problem) this.problem = res.problem;
		const codes = res.faults.length ? res.faults.map((x) => x.code) : [];
		if (codes.join(' ') !== this.faults.join(' ')) this.faults = codes;
		const good = Math.floor(res.goodMs / 1000);
		if (good !== this.goodSeconds) this.goodSeconds = good;
		if (res.goodReps !== this.reps) this.reps = res.goodReps;
		this.#setOverlay(
			res.state,
			res.faults.map((x) => x.part)
		);
	}

	#setOverlay(state: FormState, parts: readonly OverlayPart[]): void {
		const key = `${state}:${parts.join(',')}`;
		if (key === this.#overlayKey) return;
		this.#overlayKey = key;
		this.#session?.setOverlayStyle({ state, parts, ghost: this.ghost ? this.#ghostBones : null });
	}
}
