/**
 * From the engine's verdict to what the session player needs: whether to count this moment
 * (the form signal), what a rep that did not count was missing, and the set's record. Pure, so
 * the rules for "when does the camera hold the clock" are tested in node.
 */
import type { FormSignal } from '../player/events';
import type { SegmentPhase } from '../program/timing';
import type { CameraFault } from '../records';
import type { FrameResult } from './engine';
import { rulesFor, type ExerciseRules } from './rules';
import type { SetSummary } from './tally';

/** A set's camera verdict, as the player stores it with the set. */
export interface CameraVerdict {
	reps: number;
	goodReps: number;
	trackedSeconds: number;
	faults: CameraFault[];
}

/** Faults kept per set: plenty for a set, bounded for storage and backups. */
export const MAX_FAULTS_PER_SET = 50;
/** After this long unable to judge, the camera lets the clock keep time (and says so once). */
export const LOST_AFTER_MS = 2500;

/** The camera can check this exercise (the light list; its test keeps it equal to the rules). */
export { cameraChecks } from './checked';

/**
 * The player's form signal for this moment of a set, or null when the camera cannot judge
 * (the clock keeps time then). During a hold, "ok" also needs the held position: lying flat
 * between bridges is good form but not a bridge. The message is the top fault's correction.
 */
export function formSignal(
	r: FrameResult,
	phase: SegmentPhase | null,
	rules: ExerciseRules
): FormSignal | null {
	if (r.state === 'fault') {
		const top = r.faults[0];
		const check = top ? rules.checks.find((c) => c.code === top.code) : undefined;
		return { ok: false, message: check?.cue, voiced: true };
	}
	if (r.state !== 'good') return null;
	const holdPhase = phase === 'hold' || phase === 'timed';
	return { ok: holdPhase ? r.holding : true, voiced: true };
}

/** Two signals mean the same to the player (it is told only of changes). */
export function sameSignal(a: FormSignal | null, b: FormSignal | null): boolean {
	return (
		a === b ||
		(a !== null && b !== null && a.ok === b.ok && a.message === b.message && a.voiced === b.voiced)
	);
}

/** Why a rep did not count, said right after it: the fault's own correction. */
export function repFaultLine(exerciseId: string, faults: readonly string[]): string {
	const rules = rulesFor(exerciseId);
	if (faults.includes('too-fast')) return rules?.reps?.tooFast?.cue ?? 'Slow down';
	const check = rules?.checks.find((c) => faults.includes(c.code));
	return check ? `That one did not count. ${check.cue}` : 'That one did not count.';
}

/** The set's summary as the player keeps it: faults in seconds from the set's start. */
export function verdict(summary: SetSummary): CameraVerdict {
	const s = (ms: number) => Math.round((ms - summary.start) / 100) / 10;
	return {
		reps: summary.reps,
		goodReps: summary.goodReps,
		trackedSeconds: summary.activeSeconds,
		faults: summary.faults
			.slice(0, MAX_FAULTS_PER_SET)
			.map((f) => ({ code: f.code, start: s(f.start), end: s(f.end) }))
	};
}
