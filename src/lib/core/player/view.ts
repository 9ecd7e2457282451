import type { SessionRecord } from '../records';
import { getExercise } from '../program/catalogue';
import type { PlannedSession } from '../program/plan';
import { BREATH, type SegmentPhase, type Side } from '../program/timing';
import type { FormSignal } from './events';
import { cueAt, LINES, restLine } from './lines';
import type { StepWork } from './results';
import { stepMs, type Step, type StepKind } from './steps';

/** What the big number on screen shows. */
export type Display =
	| { kind: 'countdown'; seconds: number }
	| { kind: 'reps'; rep: number; of: number }
	/** Practice: time in the open set so far, reps counted and good-form seconds (camera). */
	| { kind: 'elapsed'; seconds: number; reps: number; goodSeconds: number }
	| { kind: 'none' };

/** Everything the player screen shows, derived from the machine's state. */
export interface PlayerView {
	status: 'ready' | 'running' | 'paused' | 'finished';
	stepIndex: number;
	stepCount: number;
	stepKind: StepKind;
	painWhich: 'before' | 'after' | null;
	itemIndex: number | null;
	itemCount: number;
	exerciseId: string | null;
	exerciseName: string | null;
	section: 'main' | 'cool-down' | null;
	phase: SegmentPhase | null;
	display: Display;
	set: number | null;
	sets: number | null;
	side: Side | null;
	/** One line telling the person what to do now. */
	instruction: string;
	/**
	 * The safety lines and the most common mistake, shown while the briefing is spoken before
	 * the first set, and the mistake again during the rest before a later set.
	 */
	briefing: BriefingView | null;
	formOk: boolean | null;
	formMessage: string | null;
	/** The last thing spoken. */
	caption: string | null;
	/** 0..1 through the timed part of the session. */
	progress: number;
	/** Sets finished so far, counted as the record counts them (a set on each side once both are). */
	setsDone: number;
	/** Length of the current phase (a set's segment, or the whole step) and time into it. */
	phaseMs: number;
	phaseElapsedMs: number;
	/** The hold or rep under way (in a relax, the hold just finished), counted per set. */
	count: { n: number; of: number } | null;
	/** For breath-paced exercises during the work: the breath under way, as the voice says it. */
	breath: { phase: 'in' | 'out'; progress: number; n: number } | null;
}

export interface BriefingView {
	version: 'full' | 'short' | 'reminder';
	safety: string[];
	mistake: string | null;
}

export interface ViewInput {
	session: PlannedSession;
	steps: readonly Step[];
	status: PlayerView['status'];
	index: number;
	elapsed: number;
	segment: number;
	segmentElapsed: number;
	form: FormSignal | null;
	caption: string | null;
	/** The last cue spoken in this step. */
	cue: string | null;
	record: SessionRecord;
	work: StepWork | null;
	setsDone: number;
}

function progress(input: ViewInput): number {
	const lengths = input.steps.map((s) => stepMs(s) ?? 0);
	const total = lengths.reduce((a, b) => a + b, 0);
	const done = lengths.slice(0, input.index).reduce((a, b) => a + b, 0) + input.elapsed;
	if (input.status === 'finished') return 1;
	return total > 0 ? Math.min(1, done / total) : 0;
}

const secondsLeft = (ms: number, elapsed: number) => Math.max(0, Math.ceil((ms - elapsed) / 1000));

export function buildView(input: ViewInput): PlayerView {
	const step = input.steps[input.index];
	if (!step) throw new Error(`No step ${input.index}`);
	const itemIndex = 'item' in step ? step.item : null;
	const planned = itemIndex === null ? null : input.session.items[itemIndex];
	const exercise = planned ? getExercise(planned.exerciseId) : null;
	const view: PlayerView = {
		status: input.status,
		stepIndex: input.index,
		stepCount: input.steps.length,
		stepKind: step.kind,
		painWhich: step.kind === 'pain-check' ? step.which : null,
		itemIndex,
		itemCount: input.session.items.length,
		exerciseId: exercise?.id ?? null,
		exerciseName: exercise?.name ?? null,
		section: planned?.section ?? null,
		phase: null,
		display: { kind: 'none' },
		set: step.kind === 'set' ? step.set + 1 : null,
		sets: planned?.dose.sets ?? null,
		side: step.kind === 'set' ? step.side : null,
		instruction: '',
		briefing: null,
		formOk: input.form ? input.form.ok : null,
		formMessage: input.form && !input.form.ok ? (input.form.message ?? null) : null,
		caption: input.caption,
		progress: progress(input),
		setsDone: input.setsDone,
		phaseMs: stepMs(step) ?? 0,
		phaseElapsedMs: input.elapsed,
		count: null,
		breath: null
	};
	switch (step.kind) {
		case 'pain-check':
			view.instruction = step.which === 'before' ? LINES.painBefore : LINES.painAfter;
			break;
		case 'summary':
			view.instruction = input.record.status === 'partial' ? LINES.partial : LINES.complete;
			break;
		case 'cool-down':
			view.instruction = LINES.coolDown;
			view.display = { kind: 'countdown', seconds: secondsLeft(step.ms, input.elapsed) };
			break;
		case 'intro':
			view.instruction = exercise?.purpose ?? '';
			view.display = { kind: 'countdown', seconds: secondsLeft(step.ms, input.elapsed) };
			break;
		case 'demo': {
			const said = step.lines.filter((l) => l.atMs <= input.elapsed);
			view.instruction = said.at(-1)?.text ?? exercise?.instructions[0] ?? '';
			view.display = { kind: 'countdown', seconds: secondsLeft(step.ms, input.elapsed) };
			view.briefing = {
				version: step.version,
				safety: step.lines.filter((l) => l.kind === 'safety').map((l) => l.text),
				mistake: step.lines.find((l) => l.kind === 'mistake')?.text ?? null
			};
			break;
		}
		case 'rest': {
			view.instruction = restLine(Math.round(step.ms / 1000));
			view.display = { kind: 'countdown', seconds: secondsLeft(step.ms, input.elapsed) };
			const reminder = step.lines.find((l) => l.atMs <= input.elapsed);
			if (reminder) view.briefing = { version: 'reminder', safety: [], mistake: reminder.text };
			break;
		}
		case 'switch-side':
			view.instruction = LINES.switchSides;
			view.display = { kind: 'countdown', seconds: secondsLeft(step.ms, input.elapsed) };
			break;
		case 'set': {
			const segment = step.segments[input.segment];
			if (!segment || !exercise) break;
			view.phase = segment.phase;
			view.side = segment.side ?? step.side;
			view.phaseMs = segment.ms;
			view.phaseElapsedMs = input.segmentElapsed;
			const counted = segment.phase === 'relax' ? step.segments[input.segment - 1] : segment;
			if (counted?.count !== undefined && counted.of !== undefined && counted.phase !== 'timed')
				view.count = { n: counted.count, of: counted.of };
			if (segment.phase === 'timed' && exercise.breathing) {
				const cycle = BREATH.inMs + BREATH.outMs;
				const t = input.segmentElapsed % cycle;
				const breathIn = t < BREATH.inMs;
				view.breath = {
					phase: breathIn ? 'in' : 'out',
					progress: breathIn ? t / BREATH.inMs : (t - BREATH.inMs) / BREATH.outMs,
					n: Math.floor(input.segmentElapsed / cycle)
				};
			}
			if (segment.phase === 'rep') {
				view.display = { kind: 'reps', rep: segment.count ?? 1, of: segment.of ?? 1 };
			} else if (segment.phase === 'open') {
				view.display = {
					kind: 'elapsed',
					seconds: Math.floor(input.segmentElapsed / 1000),
					reps: input.work?.reps ?? 0,
					goodSeconds: Math.floor((input.work?.goodMs ?? 0) / 1000)
				};
			} else {
				view.display = {
					kind: 'countdown',
					seconds: secondsLeft(segment.ms, input.segmentElapsed)
				};
			}
			// The big line is what the voice said last, so the two never disagree.
			if (view.formMessage) view.instruction = view.formMessage;
			else if (segment.phase === 'get-ready')
				view.instruction = `Get ready: ${exercise.instructions[0] ?? ''}`;
			else if (input.cue) view.instruction = input.cue;
			else if (segment.phase === 'relax') view.instruction = LINES.relax;
			else if (segment.phase === 'open') view.instruction = exercise.cues[0] ?? exercise.name;
			else view.instruction = cueAt(exercise, (segment.count ?? 1) - 1);
			break;
		}
	}
	return view;
}
