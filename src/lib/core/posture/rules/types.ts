/** The shape of an exercise's posture rules: what to check, how to count, what to say. */
import type { Measures, OutlineNeed, Posture } from '../measures';
import type { RepSpecBase } from '../reps';
import type { Calibration } from '../calibration';
import type { Baselines } from '../baseline';

/** Fault codes: a contract, reports, storage and tests key on them. */
export const FAULT_CODES = [
	'back-arched',
	'hips-lifted',
	'too-fast',
	'chest-out',
	'pelvis-tipped-forward',
	'leaning-forward',
	'hips-low',
	'back-overarched',
	'back-sagging',
	'leg-too-high',
	'arm-too-high',
	'hips-sagging',
	'head-too-high',
	'knee-bent'
] as const;
export type FaultCode = (typeof FAULT_CODES)[number];

/** The part of the body a fault is about, for colouring the skeleton. */
export type BodyPart = 'back' | 'hips' | 'chest' | 'trunk' | 'leg' | 'arm' | 'head' | 'knee';

/** What the engine knows about this moment of the set, for rules that depend on it. */
export interface RuleContext {
	/** This frame's time, ms. */
	now: number;
	baselines: Baselines;
	calibration: Calibration | null;
	/** The rep in progress, if the exercise counts reps. */
	repPhase: 'rest' | 'moving' | 'top' | null;
	/** The rep signal's speed, units a second (NaN unknown). */
	repSpeed: number;
	/** When the rep in progress reached its top (ms), NaN when not there. */
	repTop: number;
	/** When the rep's signal last rose to a new high (ms), NaN at rest. */
	repRisingUntil: number;
	/** The rep's highest signal so far, NaN at rest. */
	repPeak: number;
	/** One mask pixel, in torso lengths: the finest outline detail this frame can show. */
	maskPixel: number;
}

export interface CheckSpec {
	code: FaultCode;
	/**
	 * Severity this frame: 1 and above is at fault, under `clearBelow` (default 0.75) clearly fine;
	 * NaN when it cannot be judged (joint not seen, arms in the way, not the phase it applies to).
	 */
	severity(m: Measures, ctx: RuleContext): number;
	clearBelow?: number;
	/** Higher first when several faults are present: one cue at a time. */
	priority: number;
	part: BodyPart;
	/** The spoken correction, worded from the exercise's own cues. */
	cue: string;
	/** Judged from the mask outline (the landmarks cannot see it). */
	usesOutline?: boolean;
	/** A fault found at the rep's top began when the hips stopped rising, not when it was judged. */
	fromRepTop?: boolean;
	/** Not judged while any of these faults is building or present: they explain it better. */
	yieldsTo?: readonly FaultCode[];
}

export interface RepSpec extends RepSpecBase {
	signal(m: Measures, ctx: RuleContext): number;
	/** The person may start at either end of the movement (pelvic tilt): count excursions from it. */
	fromEitherEnd?: boolean;
	/**
	 * A fault judged on the whole rep once it is done (a bridge that stopped short), dated to the
	 * rep's top hold: `test` gets the rep's highest signal and the context at its end.
	 */
	atPeak?: { check: FaultCode; test(peak: number, ctx: RuleContext): boolean };
	/** Reps quicker than this (leave rest to back at rest), or closer together, are too fast. */
	tooFast?: { repMs: number; periodMs: number; cue: string };
}

export interface ExerciseRules {
	id: string;
	view: 'side' | 'front';
	/** Positions the exercise is done in; anything else is the wrong position, never a fault. */
	postures: readonly Exclude<Posture, 'unknown'>[];
	outline: readonly OutlineNeed[];
	checks: readonly CheckSpec[];
	reps?: RepSpec;
	/** Steps (walking) rather than reps: every change of the leading foot is one. */
	steps?: boolean;
	/**
	 * For holds with a target position (knees to chest): whether the person is in it; the hold
	 * time and the checks only run while they are. null: cannot tell.
	 */
	inPosition?(m: Measures): boolean | null;
	/** Spoken when the person is not in position yet. */
	positionCue: string;
	/**
	 * For the player's holds: the person is in the held position now (the bridge's top, the
	 * bird dog's leg out). Without it, any judged moment of the set is the hold.
	 */
	holding?(m: Measures, ctx: RuleContext): boolean;
}
