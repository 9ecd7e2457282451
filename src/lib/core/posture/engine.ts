/**
 * The posture engine: one set of one exercise, one frame at a time. Landmarks and the mask become
 * measures, the exercise's rules turn them into per-check severities, fault gates make faults of
 * the ones that last, a rep counter follows the movement, and the cue queue picks what to say.
 * Pure and clock-free: time is the frames' own `t`. Nothing is allocated per frame that can be
 * reused; the result object is the same every frame (copy what you keep).
 */
import { Baselines } from './baseline';
import type { Calibration } from './calibration';
import { CueQueue, type Cue } from './cues';
import type { PostureFrame } from './frame';
import { FaultGate } from './gate';
import { Measurer, type Measures } from './measures';
import { RepCounter, type Rep, type RepPhase } from './reps';
import {
	rulesFor,
	type BodyPart,
	type CheckSpec,
	type ExerciseRules,
	type FaultCode,
	type RuleContext
} from './rules';
import { SetTally, type SetSummary } from './tally';
import { PROBLEM_CUES, type FormState, type Problem } from './states';

/** Frames further apart than this leave the time between them unknown (nobody tracked). */
export const MAX_FRAME_GAP_MS = 500;
/** A setup problem is said once it has lasted this long. */
const PROBLEM_CUE_AFTER_MS = 1000;
const STEP_STRIDE = 0.12;
/** A note about a rep is worth saying only this soon after it. */
const NOTE_FRESH_MS = 2500;

export interface ActiveFault {
	code: FaultCode;
	since: number;
	part: BodyPart;
	/** Judged from the mask outline (what the landmarks cannot see). */
	outline: boolean;
}

export interface FrameResult {
	t: number;
	state: FormState;
	/** Why nothing (or not everything) can be judged now. */
	problem: Problem | null;
	/** Present faults, the most important first. */
	faults: ActiveFault[];
	side: 'left' | 'right' | null;
	repPhase: RepPhase | null;
	reps: number;
	goodReps: number;
	/** Good-form time so far in this set, ms. */
	goodMs: number;
	/** In the held position (the bridge's top); true for exercises whose whole set is the hold. */
	holding: boolean;
	/** Say this now, if set. */
	cue: Cue | null;
	/** The rep just completed in this frame, and whether it counted. */
	repDone: { good: boolean; faults: FaultCode[] } | null;
}

export interface EngineOptions {
	exercise: string;
	calibration?: Calibration | null;
}

export class PostureEngine {
	readonly rules: ExerciseRules;
	readonly calibration: Calibration | null;
	readonly result: FrameResult = {
		t: 0,
		state: 'setting-up',
		problem: null,
		faults: [],
		side: null,
		repPhase: null,
		reps: 0,
		goodReps: 0,
		goodMs: 0,
		holding: false,
		cue: null,
		repDone: null
	};
	#measurer = new Measurer();
	#gates: FaultGate[];
	#reps: RepCounter | null;
	#home: 1 | -1 | 0 = 0;
	#cues = new CueQueue();
	#tally: SetTally;
	#ctx: RuleContext;
	/** One-off things to say about a rep just done (too fast, stopped short), with when. */
	#notes: { code: string; text: string; since: number }[] = [];
	#lastT: number | null = null;
	#judged = false;
	#problemSince = 0;
	#lastProblem: Problem | null = null;
	#inPosition = false;
	#step: 1 | -1 | 0 = 0;

	constructor(options: EngineOptions) {
		const rules = rulesFor(options.exercise);
		if (!rules) throw new Error(`No posture rules for "${options.exercise}"`);
		this.rules = rules;
		this.calibration = options.calibration ?? null;
		this.#gates = rules.checks.map((c) => new FaultGate(c.clearBelow));
		this.#reps = rules.reps ? new RepCounter(rules.reps) : null;
		this.#tally = new SetTally(rules.id);
		this.#ctx = {
			now: 0,
			baselines: new Baselines(),
			calibration: this.calibration,
			repPhase: null,
			repSpeed: NaN,
			repTop: NaN,
			repRisingUntil: NaN,
			repPeak: NaN,
			maskPixel: 0
		};
		if (this.calibration?.braced.floorGap != null)
			this.#ctx.baselines.gap.update(0, this.calibration.braced.floorGap);
	}

	/** The measures of the last frame (for overlays and debugging; refilled every frame). */
	get measures(): Measures {
		return this.#measurer.m;
	}

	push(frame: PostureFrame): FrameResult {
		const r = this.result;
		const t = frame.t;
		r.cue = null;
		r.repDone = null;
		if (this.#lastT !== null) {
			const dt = t - this.#lastT;
			if (dt <= 0) return r; // a repeated or out-of-order frame changes nothing
			this.#tally.account(this.#lastT, t, dt > MAX_FRAME_GAP_MS ? 'unknown' : r.state);
			if (dt > MAX_FRAME_GAP_MS) this.#blind(t);
		}
		this.#lastT = t;
		r.t = t;
		const m = this.#measurer.measure(frame, this.rules.outline);
		this.#ctx.maskPixel =
			frame.mask && m.torsoPx > 0 ? frame.width / frame.mask.width / m.torsoPx : 0;
		const problem = this.#problem(m);
		r.side = m.present ? m.side : null;
		if (problem && problem !== 'arms-in-the-way') {
			this.#blind(t);
			r.holding = false;
			r.state = this.#judged && problem !== 'wrong-view' ? 'unknown' : 'setting-up';
			if (problem === 'not-in-position' || problem === 'wrong-position') r.state = 'setting-up';
		} else {
			this.#judge(t, m);
		}
		this.#setProblem(t, problem);
		r.reps = this.#reps?.count ?? this.#tally.steps;
		r.goodReps = this.#tally.goodReps;
		r.goodMs = this.#tally.goodMs;
		r.cue ??= this.#cue(t, problem);
		if (r.cue) this.#tally.cue(r.cue);
		return r;
	}

	/** Ends the set at the last frame; the summary of everything pushed. */
	finish(): SetSummary {
		const t = this.#lastT ?? 0;
		const rep = this.#reps?.finish(t);
		if (rep) this.#repDone(rep, t);
		this.#gates.forEach((g, i) => this.#gateEvent(g.close(t), i));
		return this.#tally.summary();
	}

	#problem(m: Measures): Problem | null {
		if (!m.present) return 'no-person';
		if (!m.coreSeen) return 'not-visible';
		const rules = this.rules;
		if (m.view !== 'unsure' && m.view !== rules.view) return 'wrong-view';
		if (m.posture !== 'unknown' && !rules.postures.includes(m.posture)) return 'wrong-position';
		if (rules.inPosition) {
			const now = rules.inPosition(m);
			if (now !== null) this.#inPosition = now;
			if (!this.#inPosition) return 'not-in-position';
		}
		return m.armsInTheWay && rules.outline.includes('floor-gap') ? 'arms-in-the-way' : null;
	}

	#judge(t: number, m: Measures): void {
		const r = this.result;
		const ctx = this.#ctx;
		const rules = this.rules;
		const b = ctx.baselines;
		ctx.now = t;
		if (Number.isNaN(b.gap.value)) b.gap.update(t, m.floorGap);
		if (Number.isNaN(b.lift.value)) b.lift.update(t, m.lift);
		if (Number.isNaN(b.head.value)) b.head.update(t, m.headLift);
		if (Number.isNaN(b.hipLine.value)) b.hipLine.update(t, m.hipLine);
		if (Number.isNaN(b.hollow.value) && Math.abs(m.lean) < 4) b.hollow.update(t, m.backHollow);
		if (this.#reps && rules.reps) {
			let v = rules.reps.signal(m, ctx);
			if (rules.reps.fromEitherEnd && !Number.isNaN(v)) {
				// Rest is the end the person starts at: mirror the signal if they start at the top.
				if (this.#home === 0) this.#home = v >= (rules.reps.enter + rules.reps.exit) / 2 ? -1 : 1;
				if (this.#home === -1) v = rules.reps.enter + rules.reps.exit - v;
			}
			const rep = this.#reps.update(t, v);
			ctx.repPhase = this.#reps.phase;
			ctx.repSpeed = this.#reps.speed(t);
			ctx.repTop = this.#reps.topSince;
			ctx.repRisingUntil = this.#reps.risingUntil;
			ctx.repPeak = this.#reps.peak;
			if (rep) this.#repDone(rep, t);
		}
		if (rules.steps) this.#countSteps(t, m);
		let known = rules.checks.length === 0;
		let calm = true;
		let pending = false;
		for (let i = 0; i < rules.checks.length; i++) {
			const check = rules.checks[i]!;
			const gate = this.#gates[i]!;
			const severity = this.#yields(check.yieldsTo) ? 0 : check.severity(m, ctx);
			if (!Number.isNaN(severity)) known = true;
			if (severity >= 0.75) calm = false;
			const from = check.fromRepTop && ctx.repRisingUntil < t ? ctx.repRisingUntil : t;
			this.#gateEvent(gate.update(t, severity, from), i);
			if (gate.state === 'pending') pending = true;
		}
		this.#tally.pending = pending;
		if (calm && (ctx.repPhase === null || ctx.repPhase === 'rest')) {
			b.gap.update(t, m.floorGap);
			b.lift.update(t, m.lift);
			b.head.update(t, m.headLift);
			b.hipLine.update(t, m.hipLine);
			if (Math.abs(m.lean) < 4) b.hollow.update(t, m.backHollow);
		}
		r.repPhase = ctx.repPhase;
		r.holding = rules.holding ? rules.holding(m, ctx) : true;
		this.#judged ||= known;
		r.state = r.faults.length ? 'fault' : known ? 'good' : this.#judged ? 'unknown' : 'setting-up';
	}

	/** A fault that explains this check better is building or present. */
	#yields(codes: readonly FaultCode[] | undefined): boolean {
		if (!codes) return false;
		const checks = this.rules.checks;
		for (let i = 0; i < checks.length; i++) {
			if (codes.includes(checks[i]!.code) && this.#gates[i]!.state !== 'clear') return true;
		}
		return false;
	}

	#gateEvent(event: ReturnType<FaultGate['update']>, i: number): void {
		if (!event) return;
		const check = this.rules.checks[i]!;
		const faults = this.result.faults;
		if (event.kind === 'confirmed') {
			this.#tally.faultStarted(check.code, event.at);
			faults.push({
				code: check.code,
				since: event.at,
				part: check.part,
				outline: !!check.usesOutline
			});
			faults.sort((a, b) => this.#priority(b.code) - this.#priority(a.code));
		} else {
			this.#tally.faultEnded(check.code, event.at);
			const k = faults.findIndex((f) => f.code === check.code);
			if (k >= 0) faults.splice(k, 1);
			this.#cues.fixed(event.at, check.code);
		}
	}

	#check(code: string): CheckSpec | undefined {
		const checks = this.rules.checks;
		for (let i = 0; i < checks.length; i++) if (checks[i]!.code === code) return checks[i];
		return undefined;
	}

	#priority(code: FaultCode): number {
		return this.#check(code)?.priority ?? 0;
	}

	/** The frames say nothing now: building faults stop, present ones end once blind long enough. */
	#blind(t: number): void {
		this.#gates.forEach((g, i) => this.#gateEvent(g.update(t, NaN), i));
		this.#tally.pending = false;
	}

	#repDone(rep: Rep, t: number): void {
		const spec = this.rules.reps;
		const tooFast = spec?.tooFast;
		const atPeak = spec?.atPeak;
		if (atPeak && atPeak.test(rep.peak, this.#ctx)) {
			// Found live already: date it from the top; else record it now, after the fact.
			if (!this.#tally.extendFault(atPeak.check, rep.start, rep.end, rep.peakFrom)) {
				this.#tally.faultStarted(atPeak.check, rep.peakFrom);
				this.#tally.faultEnded(atPeak.check, rep.peakTo);
				const check = this.#check(atPeak.check);
				if (check) this.#notes.push({ code: check.code, text: check.cue, since: t });
			}
		}
		const faults = this.#tally.faultsBetween(rep.start, rep.end);
		if (tooFast) {
			const previous = this.#tally.lastRepEnd;
			const quick =
				rep.end - rep.start < tooFast.repMs ||
				(previous !== null && rep.end - previous < tooFast.periodMs);
			if (quick) {
				this.#tally.faultStarted('too-fast', rep.start);
				this.#tally.faultEnded('too-fast', rep.end);
				faults.push('too-fast');
				this.#notes.push({ code: 'too-fast', text: tooFast.cue, since: t });
			}
		}
		const good = faults.length === 0;
		this.#tally.rep(rep, good);
		this.result.repDone = { good, faults };
	}

	#countSteps(t: number, m: Measures): void {
		const s = m.stride;
		if (Number.isNaN(s)) return;
		const lead = s > STEP_STRIDE ? 1 : s < -STEP_STRIDE ? -1 : 0;
		if (lead !== 0 && lead !== this.#step) {
			if (this.#step !== 0) this.#tally.step(t);
			this.#step = lead;
		}
	}

	#setProblem(t: number, problem: Problem | null): void {
		if (problem !== this.#lastProblem) this.#problemSince = t;
		this.#lastProblem = problem;
		this.result.problem = problem;
	}

	/**
	 * What to say now, most important first: a present fault, a setup problem that has lasted,
	 * a note about the rep just done, then praise for a fix; the queue keeps it to one at a time.
	 */
	#cue(t: number, problem: Problem | null): Cue | null {
		const cues = this.#cues;
		const notes = this.#notes;
		while (notes.length && t - notes[0]!.since > NOTE_FRESH_MS) notes.shift();
		if (!cues.ready(t)) return null;
		for (const f of this.result.faults) {
			if (!cues.said(f.code, t)) return cues.give(t, f.code, this.#check(f.code)!.cue);
		}
		if (problem && t - this.#problemSince >= PROBLEM_CUE_AFTER_MS && !cues.said(problem, t)) {
			const text = problem === 'not-in-position' ? this.rules.positionCue : PROBLEM_CUES[problem];
			return cues.give(t, problem, text);
		}
		const note = notes.shift();
		if (note) return cues.give(t, note.code, note.text);
		return this.result.faults.length || problem ? null : cues.praise(t);
	}
}

export type { FormState, Problem, SetSummary, Cue };
