import {
	anglesAt,
	between,
	figureOf,
	sequenceMs,
	targetIndex,
	type BodyAngles,
	type Figure,
	type KeyframeSequence
} from '../program/keyframes';
import type { Side } from '../program/timing';
import type { Sidedness } from '../program/types';
import { viewOf } from './scene';

/**
 * What the demonstration shows at a moment of the session, so the figure moves with the voice:
 * it loops while the person watches (from the starting position), loops from the sequence's own
 * start during timed work (a breath in first, in step with the breathing guide), waits in the starting position before a set and between
 * holds, moves into the position as "Hold" is said and stays, and does one movement per counted
 * rep. Sides follow the set: the working limb (the near one seen from the side) or, lying on the
 * side, the figure mirrored, as the tablet's preview shows the person.
 */
export type DemoMoment =
	| { kind: 'watch'; elapsedMs: number }
	| { kind: 'loop'; elapsedMs: number }
	| { kind: 'start' }
	| { kind: 'hold'; elapsedMs: number }
	| { kind: 'rep'; elapsedMs: number; ms: number };

export interface DemoPose {
	figure: Figure;
	/** The sequence drawn (the right side's variant where it differs). */
	sequence: KeyframeSequence;
	/** Keyframes the figure is moving from and to (or holding at), for the marks. */
	from: number;
	to: number;
	mirrored: boolean;
}

const PAIRS = [
	['upperArm', 'upperArmFar'],
	['forearm', 'forearmFar'],
	['thigh', 'thighFar'],
	['shin', 'shinFar'],
	['foot', 'footFar']
] as const;

/** Near and far limbs swapped: the same movement with the other leg or arm. */
export function swapSides(angles: BodyAngles): BodyAngles {
	const out = { ...angles };
	for (const [near, far] of PAIRS) {
		const a = angles[near];
		const b = angles[far] ?? a;
		out[near] = b;
		out[far] = a;
	}
	return out;
}

/** The sequence for one side of an exercise done on each side in turn. */
export function forSide(
	sequence: KeyframeSequence,
	sided: Sidedness,
	side: Side | null
): { sequence: KeyframeSequence; mirrored: boolean } {
	if (sided !== 'each' || side !== 'right') return { sequence, mirrored: false };
	if (viewOf(sequence) !== 'side') return { sequence, mirrored: true };
	return {
		sequence: {
			...sequence,
			frames: sequence.frames.map((f) => ({ ...f, angles: swapSides(f.angles) }))
		},
		mirrored: false
	};
}

/** Alternating exercises are drawn as start, left, start, right. */
function sideTarget(sequence: KeyframeSequence, sided: Sidedness, side: Side | null): number {
	if (sided === 'alternate' && sequence.frames.length === 4) return side === 'right' ? 3 : 1;
	return targetIndex(sequence);
}

/** Start time of each keyframe's move, and its arrival, on the loop. */
function arrivals(sequence: KeyframeSequence): number[] {
	const out: number[] = [];
	let t = 0;
	for (const f of sequence.frames) {
		out.push(t + f.moveMs);
		t += f.moveMs + f.holdMs;
	}
	return out;
}

/** The keyframe being moved towards (or held) at loop time t, and the one before it. */
function segmentAt(sequence: KeyframeSequence, tMs: number): { from: number; to: number } {
	const total = sequenceMs(sequence);
	let t = total > 0 ? ((tMs % total) + total) % total : 0;
	const n = sequence.frames.length;
	for (let i = 0; i < n; i++) {
		const f = sequence.frames[i];
		if (!f) break;
		if (t < f.moveMs + f.holdMs) return { from: (i - 1 + n) % n, to: i };
		t -= f.moveMs + f.holdMs;
	}
	return { from: n - 2, to: n - 1 };
}

/**
 * Loop time for a rep: a whole loop from the starting position, or for alternating exercises
 * the half for this rep's side (start, that side, back to the start).
 */
function repTime(sequence: KeyframeSequence, sided: Sidedness, side: Side | null, u: number) {
	const at = arrivals(sequence);
	const total = sequenceMs(sequence);
	const k = Math.min(0.999, Math.max(0, u));
	if (sided === 'alternate' && sequence.frames.length === 4) {
		const left = side !== 'right';
		const from = left ? (at[0] ?? 0) : (at[2] ?? 0);
		const to = left ? (at[2] ?? 0) : (at[0] ?? 0) + total;
		return from + (to - from) * k;
	}
	const from = at[0] ?? 0;
	return from + total * k;
}

export function demoPose(
	base: KeyframeSequence,
	sided: Sidedness,
	side: Side | null,
	moment: DemoMoment
): DemoPose {
	const { sequence, mirrored } = forSide(base, sided, side);
	const target = sideTarget(sequence, sided, side);
	const still = (i: number) => {
		const f = sequence.frames[i] ?? sequence.frames[0];
		if (!f) throw new Error(`No keyframes for ${sequence.exerciseId}`);
		return figureOf(sequence, f.angles, f.at ?? sequence.at);
	};
	const looped = (t: number): DemoPose => {
		const { angles, at } = anglesAt(sequence, t);
		const { from, to } = segmentAt(sequence, t);
		return { figure: figureOf(sequence, angles, at), sequence, from, to, mirrored };
	};
	switch (moment.kind) {
		case 'start':
			return { figure: still(0), sequence, from: 0, to: target, mirrored };
		case 'hold': {
			const move = sequence.frames[target]?.moveMs ?? 1000;
			const { angles, at } = between(sequence, 0, target, moment.elapsedMs / move);
			return { figure: figureOf(sequence, angles, at), sequence, from: 0, to: target, mirrored };
		}
		case 'rep':
			return looped(repTime(sequence, sided, side, moment.elapsedMs / Math.max(1, moment.ms)));
		case 'watch':
			return looped(moment.elapsedMs + (arrivals(sequence)[0] ?? 0));
		case 'loop':
			return looped(moment.elapsedMs);
	}
}

/**
 * The distinct key positions, for stills: alternating exercises show their start once, and a
 * position that is another with the legs and arms swapped (a walking step) is shown once.
 */
export function keyFrameIndexes(sequence: KeyframeSequence, sided: Sidedness): number[] {
	if (sided === 'alternate' && sequence.frames.length === 4) return [0, 1, 3];
	// Swapping twice spells out every far limb, so equal positions give equal keys.
	const key = (a: BodyAngles) => JSON.stringify(Object.entries(swapSides(swapSides(a))).sort());
	const seen = new Set<string>();
	return sequence.frames.flatMap((f, i) => {
		if (seen.has(key(f.angles))) return [];
		seen.add(key(f.angles));
		seen.add(key(swapSides(f.angles)));
		return [i];
	});
}
