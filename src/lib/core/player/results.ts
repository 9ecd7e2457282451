import type { ExerciseResult, SessionRecord } from '../records';
import type { PlannedSession } from '../program/plan';
import type { Step } from './steps';

/** Work done in one set step; rebuilt from scratch when the step is repeated (Back). */
export interface StepWork {
	reps: number;
	holds: number;
	workMs: number;
	/** Time a form signal was present, and the part of it with good form. */
	observedMs: number;
	goodMs: number;
	complete: boolean;
}

export function emptyWork(): StepWork {
	return { reps: 0, holds: 0, workMs: 0, observedMs: 0, goodMs: 0, complete: false };
}

/**
 * One result per planned exercise. A set counts as done when every side of it is complete;
 * form figures appear only when the camera watched that exercise.
 */
export function exerciseResults(
	session: PlannedSession,
	steps: readonly Step[],
	work: ReadonlyMap<number, StepWork>,
	passedItem: (item: number) => boolean
): ExerciseResult[] {
	return session.items.map((item, itemIndex) => {
		const sets = new Map<number, boolean>();
		let reps = 0;
		let holds = 0;
		let workMs = 0;
		let observedMs = 0;
		let goodMs = 0;
		steps.forEach((step, index) => {
			if (step.kind !== 'set' || step.item !== itemIndex) return;
			const w = work.get(index) ?? emptyWork();
			sets.set(step.set, (sets.get(step.set) ?? true) && w.complete);
			reps += w.reps;
			holds += w.holds;
			workMs += w.workMs;
			observedMs += w.observedMs;
			goodMs += w.goodMs;
		});
		const setsDone = [...sets.values()].filter(Boolean).length;
		const result: ExerciseResult = {
			exerciseId: item.exerciseId,
			setsPlanned: item.dose.sets,
			setsDone,
			repsDone: reps,
			holdsDone: holds,
			secondsDone: Math.round(workMs / 1000),
			skipped: setsDone === 0 && passedItem(itemIndex)
		};
		if (observedMs > 0) {
			result.goodFormSeconds = Math.round(goodMs / 1000);
			result.formScore = Math.round((100 * goodMs) / observedMs);
		}
		return result;
	});
}

/** A record for a session just started: in progress, nothing done yet. */
export function newRecord(id: string, day: number, startedMs: number): SessionRecord {
	return {
		id,
		day,
		startedAt: new Date(startedMs).toISOString(),
		endedAt: null,
		status: 'in-progress',
		painBefore: null,
		painAfter: null,
		exercises: [],
		skippedSteps: [],
		cameraUsed: false,
		durationSeconds: 0,
		notes: ''
	};
}
