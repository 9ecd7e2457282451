import type { CameraVerdict } from '../posture/coaching';
import type { PainScore, SessionRecord } from '../records';
import { getExercise } from '../program/catalogue';
import type { PlannedSession } from '../program/plan';
import { needsRedFlagScreen } from '../safety/red-flags';
import type { Familiarity } from './briefing';
import type { FormSignal, PlayerEvent } from './events';
import { segmentEnd, segmentProgress, segmentStart, stepEntry, timedLines } from './cues';
import { LINES } from './lines';
import { emptyWork, exerciseResults, newRecord, type StepWork } from './results';
import type { SessionSink } from './sink';
import { backTarget, skipTarget } from './navigation';
import { buildSteps, stepMs, type Step } from './steps';
import { buildView, type PlayerView } from './view';

/** Pain before a session from which the player suggests going gently. */
const GENTLE_PAIN = 5;

export type PlayerStatus = 'ready' | 'running' | 'paused' | 'finished';

export interface PlayerOptions {
	session: PlannedSession;
	/** Wall clock in epoch ms: the default time for commands and the source of record timestamps. */
	now: () => number;
	sink?: SessionSink;
	/** Sessions per exercise done before: from the third on, briefings are the short version. */
	familiarity?: Familiarity;
	/** Pain before, already answered (a lighter version started after it): the player starts past it. */
	painBefore?: PainScore;
	adjusted?: SessionRecord['adjusted'];
	newId?: () => string;
	onSinkError?: (error: unknown) => void;
	/** The camera's verdict on a set as it completes (null when the camera did not watch it). */
	cameraResult?: (step: Extract<Step, { kind: 'set' }>) => CameraVerdict | null;
}

/**
 * The session player: a pure state machine over the session's steps. Time only moves in tick()
 * and the commands, each given the current time, so tests drive it with a fake clock. Every call
 * returns the events (speech, beeps, step changes) the UI should act on.
 */
export class SessionPlayer {
	readonly session: PlannedSession;
	readonly steps: readonly Step[];
	#now: () => number;
	#sink?: SessionSink;
	#onSinkError: (error: unknown) => void;
	#cameraResult: NonNullable<PlayerOptions['cameraResult']>;
	#status: PlayerStatus = 'ready';
	#index = 0;
	#elapsed = 0;
	#segment = 0;
	#segmentElapsed = 0;
	#last: number | null = null;
	#form: FormSignal | null = null;
	#work = new Map<number, StepWork>();
	/** A finished set repeated with Back: it stays counted until the new attempt finishes. */
	#kept = new Map<number, StepWork>();
	/** The last cue spoken in this step: what the big instruction shows. */
	#cue: string | null = null;
	#endedEarly = false;
	#activeMs = 0;
	#caption: string | null = null;
	#record: SessionRecord;

	constructor(options: PlayerOptions) {
		this.session = options.session;
		this.steps = buildSteps(options.session, options.familiarity);
		this.#now = options.now;
		this.#sink = options.sink;
		this.#onSinkError = options.onSinkError ?? (() => {});
		this.#cameraResult = options.cameraResult ?? (() => null);
		const started = this.#now();
		this.#record = newRecord(
			options.newId?.() ?? `session-${options.session.day}-${started}`,
			options.session.day,
			started
		);
		const kind = options.session.kind;
		if (kind === 'stretch' || kind === 'practice') this.#record.kind = kind;
		if (options.painBefore !== undefined) this.#record.painBefore = options.painBefore;
		if (options.adjusted) this.#record.adjusted = options.adjusted;
	}

	get status(): PlayerStatus {
		return this.#status;
	}

	get step(): Step {
		const step = this.steps[this.#index];
		if (!step) throw new Error(`No step ${this.#index}`);
		return step;
	}

	get stepIndex(): number {
		return this.#index;
	}

	/** The record so far (a copy): exercises, pain answers, duration. */
	get record(): SessionRecord {
		return structuredClone(this.#snapshotRecord());
	}

	view(): PlayerView {
		return buildView({
			session: this.session,
			steps: this.steps,
			status: this.#status,
			index: this.#index,
			elapsed: this.#elapsed,
			segment: this.#segment,
			segmentElapsed: this.#segmentElapsed,
			form: this.#form,
			caption: this.#caption,
			cue: this.#cue,
			record: this.#record,
			work: this.#work.get(this.#index) ?? null,
			setsDone: exerciseResults(this.session, this.steps, this.#counted(), () => false).reduce(
				(n, e) => n + e.setsDone,
				0
			)
		});
	}

	/**
	 * Starts the session. With `opening`, the pain question was answered on the ready card (or
	 * skipped with null): it is not asked again and the first exercise begins at once.
	 */
	start(now = this.#now(), opening?: { pain: PainScore | null }): PlayerEvent[] {
		if (this.#status !== 'ready') return [];
		const out: PlayerEvent[] = [];
		this.#status = 'running';
		this.#last = now;
		this.#record.startedAt = new Date(now).toISOString();
		// Practice has no pain question; a continued record already has its answer.
		if (this.steps[0]?.kind !== 'pain-check') {
			this.#enter(0, out);
			return out;
		}
		if (!opening) {
			this.#enter(this.#record.painBefore === null ? 0 : 1, out);
			return out;
		}
		if (opening.pain === null) {
			this.#enter(1, out);
			return out;
		}
		this.#index = 0;
		return this.answerPain(opening.pain, now);
	}

	tick(now: number): PlayerEvent[] {
		const out: PlayerEvent[] = [];
		this.#sync(now, out);
		return out;
	}

	pause(now = this.#now()): PlayerEvent[] {
		const out = this.tick(now);
		if (this.#status !== 'running') return out;
		this.#status = 'paused';
		this.#say(LINES.paused, 'info', out);
		return out;
	}

	resume(now = this.#now()): PlayerEvent[] {
		if (this.#status !== 'paused') return [];
		const out: PlayerEvent[] = [];
		this.#status = 'running';
		this.#last = now;
		this.#say(LINES.resumed, 'info', out);
		return out;
	}

	/** Restarts the current step, or goes to the previous exercise step when just started. */
	back(now = this.#now()): PlayerEvent[] {
		const out = this.tick(now);
		if (this.#status === 'ready' || this.#status === 'finished') return out;
		const target = backTarget(this.steps, this.#index, this.#elapsed);
		if (this.step.kind === 'pain-check' && target < this.#index) this.#endedEarly = false;
		if (this.#index > 0) this.#enter(target, out);
		return out;
	}

	/** Skips the demo (to the first set) or, from a set or rest, the rest of the exercise. */
	skip(now = this.#now()): PlayerEvent[] {
		const out = this.tick(now);
		if (this.#status === 'ready' || this.#status === 'finished') return out;
		const { target, skipped } = skipTarget(this.steps, this.#index);
		for (const id of skipped) this.#skipped(id);
		if (target !== this.#index) this.#enter(target, out);
		return out;
	}

	/**
	 * Stops the exercises and goes to the closing pain check; the record is saved as partial.
	 * With no exercise begun there is nothing to rate: it goes straight to the summary.
	 */
	endEarly(now = this.#now()): PlayerEvent[] {
		const out = this.tick(now);
		if (this.#status === 'ready' || this.#status === 'finished') return out;
		if (this.session.kind === 'practice') return this.#endPractice(out);
		const after = this.steps.findIndex((s) => s.kind === 'pain-check' && s.which === 'after');
		if (this.#index >= after) return out;
		this.#endedEarly = true;
		if (this.#status === 'paused') this.#status = 'running';
		this.#last = now;
		this.#enter(this.#anyWork() ? after : this.steps.length - 1, out);
		this.#save();
		return out;
	}

	/** Some work was done: a set completed, or part of one. */
	#anyWork(): boolean {
		return [...this.#work.values(), ...this.#kept.values()].some((w) => w.complete || w.workMs > 0);
	}

	answerPain(pain: PainScore, now = this.#now()): PlayerEvent[] {
		const out = this.tick(now);
		const step = this.step;
		if (step.kind !== 'pain-check' || this.#status === 'finished') return out;
		if (step.which === 'before') this.#record.painBefore = pain;
		else this.#record.painAfter = pain;
		this.#save();
		this.#enter(this.#index + 1, out);
		if (step.which === 'before' && pain >= GENTLE_PAIN && !needsRedFlagScreen(pain)) {
			this.#say(LINES.gentle, 'info', out);
		}
		if (needsRedFlagScreen(pain)) {
			out.push({ type: 'screen-red-flags', pain });
			this.#say(LINES.highPain, 'info', out);
			if (this.#status === 'running') this.#status = 'paused';
		}
		return out;
	}

	/**
	 * A repetition the camera counted: a good one completes the rep the player is waiting for
	 * (with the camera on, reps are the person's, not the clock's); a faulty one is not counted
	 * and the reason is said.
	 */
	cameraRep(good: boolean, why: string | null, now = this.#now()): PlayerEvent[] {
		const out = this.tick(now);
		const step = this.step;
		const segment = step.kind === 'set' ? step.segments[this.#segment] : undefined;
		if (this.#status !== 'running' || !segment || !this.#form) return out;
		if (segment.phase !== 'rep' && segment.phase !== 'open') return out;
		if (!good) {
			if (why) this.#say(why, 'form', out);
			return out;
		}
		if (segment.phase === 'open') {
			const work = this.#work.get(this.#index);
			if (work) {
				work.reps++;
				this.#say(String(work.reps), 'count', out);
			}
			return out;
		}
		// Finish the waiting rep now: the rest of its time is not the person's to wait out.
		this.#advanceSet(
			step as Extract<Step, { kind: 'set' }>,
			segment.ms - this.#segmentElapsed,
			out,
			true
		);
		return out;
	}

	/** Camera form: while not ok, a hold's countdown stops; good-form time counts only while ok. */
	setFormSignal(signal: FormSignal | null, now = this.#now()): PlayerEvent[] {
		const out = this.tick(now);
		const was = this.#form;
		this.#form = signal && { ...signal };
		if (signal) this.#record.cameraUsed = true;
		if (signal && !signal.voiced && this.step.kind === 'set' && this.#status === 'running') {
			if (!signal.ok && (was?.ok ?? true) && signal.message) this.#say(signal.message, 'form', out);
			if (signal.ok && was && !was.ok) this.#say(LINES.goodForm, 'form', out);
		}
		return out;
	}

	#sync(now: number, out: PlayerEvent[]): void {
		const last = this.#last ?? now;
		this.#last = now;
		if (this.#status === 'running') this.#advance(Math.max(0, now - last), out);
	}

	#advance(dt: number, out: PlayerEvent[]): void {
		while (dt > 0 && this.#status === 'running') {
			const step = this.step;
			const total = stepMs(step);
			if (total === null) return;
			if (step.kind === 'set') {
				dt = this.#advanceSet(step, dt, out);
				continue;
			}
			const before = this.#elapsed;
			const used = Math.min(dt, total - before);
			this.#elapsed += used;
			this.#activeMs += used;
			dt -= used;
			this.#emit(timedLines(step, before, this.#elapsed), out);
			if (this.#elapsed >= total) this.#finishStep(out);
		}
	}

	/** `byCamera`: the camera completed the rep, so it advances even though the camera drives reps. */
	#advanceSet(
		step: Extract<Step, { kind: 'set' }>,
		dt: number,
		out: PlayerEvent[],
		byCamera = false
	): number {
		const segment = step.segments[this.#segment];
		const work = this.#work.get(this.#index) ?? emptyWork();
		this.#work.set(this.#index, work);
		if (!segment) {
			this.#finishStep(out);
			return dt;
		}
		const isWork =
			segment.phase === 'hold' ||
			segment.phase === 'rep' ||
			segment.phase === 'timed' ||
			segment.phase === 'open';
		if (segment.phase === 'hold' && this.#form && !this.#form.ok) {
			work.observedMs += dt;
			this.#activeMs += dt;
			return 0;
		}
		// With the camera watching, a rep ends when the person does it, not when the clock says.
		if (segment.phase === 'rep' && this.#form && !byCamera) {
			work.observedMs += dt;
			if (this.#form.ok) work.goodMs += dt;
			work.workMs += dt;
			this.#activeMs += dt;
			return 0;
		}
		const before = this.#segmentElapsed;
		const used = Math.min(dt, segment.ms - before);
		const after = before + used;
		this.#segmentElapsed = after;
		this.#elapsed += used;
		this.#activeMs += used;
		if (isWork) {
			work.workMs += used;
			if (this.#form) {
				work.observedMs += used;
				if (this.#form.ok) work.goodMs += used;
			}
		}
		const exercise = getExercise(this.#exerciseId(step.item));
		this.#emit(segmentProgress(exercise, segment, before, after), out);
		if (after >= segment.ms) {
			if (segment.phase === 'hold') work.holds++;
			if (segment.phase === 'rep') work.reps++;
			this.#emit(segmentEnd(segment), out);
			this.#segment++;
			this.#segmentElapsed = 0;
			const next = step.segments[this.#segment];
			if (next) this.#emit(segmentStart(exercise, next, this.#segment, this.#holdMs(step)), out);
			else this.#finishStep(out);
		}
		return dt - used;
	}

	/** Ending practice completes its open set (the person decides when it is done). */
	#endPractice(out: PlayerEvent[]): PlayerEvent[] {
		if (this.step.kind === 'set') this.#finishStep(out);
		const summary = this.steps.length - 1;
		if (this.#index !== summary) this.#enter(summary, out);
		return out;
	}

	#finishStep(out: PlayerEvent[]): void {
		const step = this.step;
		if (step.kind === 'set') {
			const work = this.#work.get(this.#index) ?? emptyWork();
			work.complete = true;
			const verdict = this.#cameraResult(step);
			work.camera = verdict && {
				set: step.set + 1,
				side: step.side,
				...verdict,
				goodFormSeconds: Math.round(work.goodMs / 100) / 10,
				formScore: work.observedMs > 0 ? Math.round((100 * work.goodMs) / work.observedMs) : null
			};
			this.#work.set(this.#index, work);
			out.push({ type: 'set-complete', exerciseId: this.#exerciseId(step.item), set: step.set });
			this.#save();
		}
		this.#enter(this.#index + 1, out);
	}

	#enter(index: number, out: PlayerEvent[]): void {
		this.#index = Math.min(index, this.steps.length - 1);
		this.#elapsed = 0;
		this.#segment = 0;
		this.#segmentElapsed = 0;
		this.#cue = null;
		const step = this.step;
		out.push({ type: 'step', index: this.#index, step });
		const exercise = 'item' in step ? getExercise(this.#exerciseId(step.item)) : null;
		const sets = 'item' in step ? (this.session.items[step.item]?.dose.sets ?? 1) : 1;
		this.#emit(stepEntry(step, exercise, sets), out);
		if (step.kind === 'set' && exercise) {
			const before = this.#work.get(this.#index);
			if (before?.complete) this.#kept.set(this.#index, before);
			this.#work.set(this.#index, emptyWork());
			const first = step.segments[0];
			if (first) this.#emit(segmentStart(exercise, first, 0, this.#holdMs(step)), out);
		}
		if (step.kind === 'summary') this.#finish(out);
	}

	#finish(out: PlayerEvent[]): void {
		this.#status = 'finished';
		this.#record.status = this.#endedEarly ? 'partial' : 'complete';
		this.#record.endedAt = new Date(this.#last ?? this.#now()).toISOString();
		this.#say(this.#endedEarly ? LINES.partial : LINES.complete, 'info', out);
		out.push({ type: 'beep', tone: 'done' });
		this.#save();
		out.push({ type: 'finished', record: this.record });
	}

	#holdMs(step: Extract<Step, { kind: 'set' }>): number {
		return step.segments.find((s) => s.phase === 'hold')?.ms ?? 0;
	}

	#exerciseId(item: number): string {
		const planned = this.session.items[item];
		if (!planned) throw new Error(`No item ${item}`);
		return planned.exerciseId;
	}

	#skipped(id: string): void {
		const work = [...this.steps.entries()].find(([, s]) => s.id === id);
		if (work && this.#counted().get(work[0])?.complete) return;
		if (!this.#record.skippedSteps.includes(id)) this.#record.skippedSteps.push(id);
	}

	#say(
		text: string,
		kind: Extract<PlayerEvent, { type: 'say' }>['kind'],
		out: PlayerEvent[]
	): void {
		if (!text) return;
		this.#caption = text;
		if (kind === 'cue') this.#cue = text;
		out.push({ type: 'say', text, kind });
	}

	#emit(events: PlayerEvent[], out: PlayerEvent[]): void {
		for (const event of events) {
			if (event.type === 'say') this.#caption = event.text;
			if (event.type === 'say' && event.kind === 'cue') this.#cue = event.text;
			out.push(event);
		}
	}

	#snapshotRecord(): SessionRecord {
		const current = this.#index;
		const finished = this.#status === 'finished';
		const itemOf = (s: Step | undefined) => (s && 'item' in s ? s.item : null);
		const currentItem = itemOf(this.steps[current]);
		const passed = (item: number) =>
			finished ||
			this.#index >= this.steps.length - 2 ||
			(currentItem !== null && item < currentItem);
		this.#record.exercises = exerciseResults(this.session, this.steps, this.#counted(), passed);
		this.#record.durationSeconds = Math.round(this.#activeMs / 1000);
		return this.#record;
	}

	/** The work each set step counts for: its latest finished attempt, else the one under way. */
	#counted(): Map<number, StepWork> {
		if (this.#kept.size === 0) return this.#work;
		const counted = new Map(this.#work);
		for (const [index, kept] of this.#kept) {
			if (!this.#work.get(index)?.complete) counted.set(index, kept);
		}
		return counted;
	}

	#save(): void {
		if (!this.#sink) return;
		try {
			const result = this.#sink.saveProgress(this.record);
			if (result) result.catch(this.#onSinkError);
		} catch (error) {
			this.#onSinkError(error);
		}
	}
}
