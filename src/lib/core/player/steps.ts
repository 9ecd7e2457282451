import { getExercise } from '../program/catalogue';
import type { PlannedSession } from '../program/plan';
import {
	practiceSegments,
	setSegments,
	setSides,
	TIMING,
	type Segment,
	type Side
} from '../program/timing';
import {
	briefingFor,
	restReminder,
	type Briefing,
	type Familiarity,
	type TimedLine
} from './briefing';

export type Step =
	| { kind: 'pain-check'; id: string; which: 'before' | 'after' }
	| { kind: 'intro'; id: string; item: number; ms: number }
	| {
			kind: 'demo';
			id: string;
			item: number;
			ms: number;
			version: Briefing['version'];
			lines: TimedLine[];
	  }
	| { kind: 'cool-down'; id: string; ms: number }
	| { kind: 'set'; id: string; item: number; set: number; side: Side | null; segments: Segment[] }
	| { kind: 'switch-side'; id: string; item: number; set: number; ms: number }
	| { kind: 'rest'; id: string; item: number; afterSet: number; ms: number; lines: TimedLine[] }
	| { kind: 'summary'; id: string };

export type StepKind = Step['kind'];

/**
 * The whole session as a flat list the player walks: pain check, each exercise (its briefing,
 * full or short by how often the person has done it, then its sets), cool-down, pain check,
 * summary. Practice is one exercise's one open set.
 */
export function buildSteps(session: PlannedSession, familiarity: Familiarity = {}): Step[] {
	if (session.kind === 'practice') return practiceSteps(session, familiarity);
	const steps: Step[] = [{ kind: 'pain-check', id: 'pain-before', which: 'before' }];
	session.items.forEach((item, index) => {
		const exercise = getExercise(item.exerciseId);
		const previous = session.items[index - 1];
		if (item.section === 'cool-down' && previous?.section !== 'cool-down') {
			steps.push({ kind: 'cool-down', id: 'cool-down', ms: TIMING.coolDownMs });
		}
		const base = `${index + 1}-${exercise.id}`;
		steps.push({ kind: 'intro', id: `${base}/intro`, item: index, ms: TIMING.introMs });
		const briefing = briefingFor(exercise, familiarity[exercise.id] ?? 0);
		steps.push({
			kind: 'demo',
			id: `${base}/demo`,
			item: index,
			ms: briefing.ms,
			version: briefing.version,
			lines: briefing.lines
		});
		for (let set = 0; set < item.dose.sets; set++) {
			setSides(exercise).forEach((side, i) => {
				if (i > 0) {
					steps.push({
						kind: 'switch-side',
						id: `${base}/set-${set + 1}/switch`,
						item: index,
						set,
						ms: TIMING.sideSwitchMs
					});
				}
				steps.push({
					kind: 'set',
					id: `${base}/set-${set + 1}${side ? `-${side}` : ''}`,
					item: index,
					set,
					side,
					segments: setSegments(exercise, item.dose, set, side)
				});
			});
			if (set < item.dose.sets - 1) {
				const ms = item.dose.restSeconds * 1000;
				const lines = restReminder(exercise, ms);
				steps.push({
					kind: 'rest',
					id: `${base}/rest-${set + 1}`,
					item: index,
					afterSet: set,
					ms,
					lines
				});
			}
		}
	});
	steps.push({ kind: 'pain-check', id: 'pain-after', which: 'after' });
	steps.push({ kind: 'summary', id: 'summary' });
	return steps;
}

/** Practice: the exercise's intro and demonstration, one open set, the summary. */
function practiceSteps(session: PlannedSession, familiarity: Familiarity): Step[] {
	const item = session.items[0];
	if (!item) throw new Error('A practice session has one exercise');
	const exercise = getExercise(item.exerciseId);
	const base = `1-${item.exerciseId}`;
	const briefing = briefingFor(exercise, familiarity[exercise.id] ?? 0);
	return [
		{ kind: 'intro', id: `${base}/intro`, item: 0, ms: TIMING.introMs },
		{
			kind: 'demo',
			id: `${base}/demo`,
			item: 0,
			ms: briefing.ms,
			version: briefing.version,
			lines: briefing.lines
		},
		{
			kind: 'set',
			id: `${base}/practice`,
			item: 0,
			set: 0,
			side: null,
			segments: practiceSegments()
		},
		{ kind: 'summary', id: 'summary' }
	];
}

/** How long a step runs on the clock; null for steps that wait for the person (pain checks, summary). */
export function stepMs(step: Step): number | null {
	switch (step.kind) {
		case 'pain-check':
		case 'summary':
			return null;
		case 'set':
			return step.segments.reduce((sum, s) => sum + s.ms, 0);
		default:
			return step.ms;
	}
}

export function stepItem(step: Step): number | null {
	return 'item' in step ? step.item : null;
}

/** Seconds the player takes over its steps, briefings included: the honest session length. */
export function stepsSeconds(steps: readonly Step[]): number {
	return Math.round(steps.reduce((sum, step) => sum + (stepMs(step) ?? 0), 0) / 1000);
}
