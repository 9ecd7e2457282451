/**
 * Demonstration keyframes: a figure driven by segment angles and a few shape values (the back's
 * curve, the belly). The same data animates the demo figure and the camera's "ghost" target,
 * through pose(); the demo also draws the shape through figureAt().
 */

/** Degrees, counter-clockwise from pointing right (the figure faces right); 90 points up. */
export type Degrees = number;

/** Near limbs face the viewer; far limbs default to the near angles when a pose omits them. */
export type Segment =
	| 'trunk'
	| 'head'
	| 'upperArm'
	| 'forearm'
	| 'thigh'
	| 'shin'
	| 'foot'
	| 'upperArmFar'
	| 'forearmFar'
	| 'thighFar'
	| 'shinFar'
	| 'footFar';

export type NearSegment = 'trunk' | 'head' | 'upperArm' | 'forearm' | 'thigh' | 'shin' | 'foot';

export type Joint =
	| 'hip'
	| 'shoulder'
	| 'head'
	| 'elbow'
	| 'wrist'
	| 'knee'
	| 'ankle'
	| 'toe'
	| 'elbowFar'
	| 'wristFar'
	| 'kneeFar'
	| 'ankleFar'
	| 'toeFar';

export const JOINTS: readonly Joint[] = [
	'hip',
	'shoulder',
	'head',
	'elbow',
	'wrist',
	'knee',
	'ankle',
	'toe',
	'elbowFar',
	'wristFar',
	'kneeFar',
	'ankleFar',
	'toeFar'
];

/** Normalised frame coordinates: x right, y down, both 0..1. */
export interface Point {
	x: number;
	y: number;
}

export type JointPositions = Record<Joint, Point>;

/**
 * What the joints alone cannot show, each -1..1 with 0 neutral. lumbar: the lower back's curve,
 * +1 arched (a gap under it when lying), -1 flattened or rounded; belly: -1 drawn in, +1 risen
 * (a breath in); chest: +1 pushed out, -1 settled down.
 */
export type ShapeKey = 'lumbar' | 'belly' | 'chest';
export const SHAPE_KEYS: readonly ShapeKey[] = ['lumbar', 'belly', 'chest'];
export type BodyShape = Record<ShapeKey, number>;

export type BodyAngles = Record<NearSegment, Degrees> &
	Partial<Record<Segment, Degrees>> &
	Partial<BodyShape>;

/**
 * How the figure is seen. side: from the person's side, as a side camera sees them (the near
 * limbs are the left ones, head to the left when lying, as in the tablet's mirrored preview);
 * front: lying on the side facing the camera (the near limbs are the top ones); above: lying on
 * the side seen from above, the mat under the whole body.
 */
export type FigureView = 'side' | 'front' | 'above';

/** Things drawn with the figure. */
export type FigureProp = 'mat' | 'chair' | 'box' | 'towel' | 'pillow';

export type Easing = 'linear' | 'ease-in-out' | 'ease-in' | 'ease-out';

export interface Keyframe {
	label: string;
	angles: BodyAngles;
	/** Where the sequence's anchor joint sits in this frame; defaults to the sequence's. */
	at?: Point;
	/** Time to move into this frame from the previous one (from the last one when looping). */
	moveMs: number;
	/** Time to stay in this frame once reached. */
	holdMs: number;
	easing: Easing;
}

export interface KeyframeSequence {
	exerciseId: string;
	/** The joint that stays put (a hip when lying, the feet when standing up from a chair). */
	anchor: Joint;
	at: Point;
	frames: Keyframe[];
	view?: FigureView;
	props?: FigureProp[];
	/** The joint or surface the demo's arrow follows, when the furthest-travelling joint is not it. */
	mark?: Joint | 'lowerBack' | 'belly';
}

/** Joints and shape at one moment: what the demo draws. */
export interface Figure {
	joints: JointPositions;
	shape: BodyShape;
}

/** The floor line in frame coordinates. */
export const GROUND_Y = 0.85;

export const SEGMENT_LENGTH: Record<NearSegment, number> = {
	trunk: 0.24,
	head: 0.08,
	upperArm: 0.12,
	forearm: 0.12,
	thigh: 0.18,
	shin: 0.18,
	foot: 0.05
};

const EASE: Record<Easing, (t: number) => number> = {
	linear: (t) => t,
	'ease-in': (t) => t * t,
	'ease-out': (t) => 1 - (1 - t) * (1 - t),
	'ease-in-out': (t) => (t < 0.5 ? 2 * t * t : 1 - 2 * (1 - t) * (1 - t))
};

function step(from: Point, angle: Degrees, length: number): Point {
	const rad = (angle * Math.PI) / 180;
	return { x: from.x + length * Math.cos(rad), y: from.y - length * Math.sin(rad) };
}

/** Joint positions for a set of angles, the anchor joint placed at `at`. */
export function solve(angles: BodyAngles, anchor: Joint, at: Point): JointPositions {
	const a = (s: Segment, near: NearSegment): Degrees => angles[s] ?? angles[near];
	const L = SEGMENT_LENGTH;
	const hip = { x: 0, y: 0 };
	const shoulder = step(hip, angles.trunk, L.trunk);
	const elbow = step(shoulder, angles.upperArm, L.upperArm);
	const elbowFar = step(shoulder, a('upperArmFar', 'upperArm'), L.upperArm);
	const knee = step(hip, angles.thigh, L.thigh);
	const kneeFar = step(hip, a('thighFar', 'thigh'), L.thigh);
	const ankle = step(knee, angles.shin, L.shin);
	const ankleFar = step(kneeFar, a('shinFar', 'shin'), L.shin);
	const raw: JointPositions = {
		hip,
		shoulder,
		head: step(shoulder, angles.head, L.head),
		elbow,
		wrist: step(elbow, angles.forearm, L.forearm),
		elbowFar,
		wristFar: step(elbowFar, a('forearmFar', 'forearm'), L.forearm),
		knee,
		ankle,
		toe: step(ankle, angles.foot, L.foot),
		kneeFar,
		ankleFar,
		toeFar: step(ankleFar, a('footFar', 'foot'), L.foot)
	};
	const dx = at.x - raw[anchor].x;
	const dy = at.y - raw[anchor].y;
	const placed = {} as JointPositions;
	for (const joint of JOINTS) placed[joint] = { x: raw[joint].x + dx, y: raw[joint].y + dy };
	return placed;
}

export function sequenceMs(sequence: KeyframeSequence): number {
	return sequence.frames.reduce((sum, f) => sum + f.moveMs + f.holdMs, 0);
}

function lerp(a: number, b: number, t: number): number {
	return a + (b - a) * t;
}

type AngleKey = Segment | ShapeKey;
const isShape = (key: AngleKey): key is ShapeKey => (SHAPE_KEYS as string[]).includes(key);

/** A key's value, far limbs falling back to the near ones and shapes to neutral. */
function valueOf(angles: BodyAngles, key: AngleKey): number {
	if (isShape(key)) return angles[key] ?? 0;
	return angles[key] ?? angles[key.replace('Far', '') as NearSegment];
}

export function shapeOf(angles: BodyAngles): BodyShape {
	return { lumbar: angles.lumbar ?? 0, belly: angles.belly ?? 0, chest: angles.chest ?? 0 };
}

/** The way round from one direction to another that turns least (-90 to 178 goes through 180). */
function turnLeast(a: Degrees, b: Degrees): Degrees {
	const d = ((((b - a) % 360) + 540) % 360) - 180;
	return a + d;
}

function blend(from: BodyAngles, to: BodyAngles, t: number): BodyAngles {
	const keys = new Set([...Object.keys(from), ...Object.keys(to)]) as Set<AngleKey>;
	const out = { ...from };
	for (const key of keys) {
		const a = valueOf(from, key);
		const b = valueOf(to, key);
		out[key] = lerp(a, isShape(key) ? b : turnLeast(a, b), t);
	}
	return out;
}

/** Angles and anchor position at time t of the loop. */
export function anglesAt(
	sequence: KeyframeSequence,
	tMs: number
): { angles: BodyAngles; at: Point } {
	const frames = sequence.frames;
	const total = sequenceMs(sequence);
	const last = frames[frames.length - 1];
	if (!last) throw new Error(`No keyframes for ${sequence.exerciseId}`);
	let t = total > 0 ? ((tMs % total) + total) % total : 0;
	let previous = last;
	for (const frame of frames) {
		const from = previous.at ?? sequence.at;
		const to = frame.at ?? sequence.at;
		if (t < frame.moveMs) {
			const k = EASE[frame.easing](t / frame.moveMs);
			const at = { x: lerp(from.x, to.x, k), y: lerp(from.y, to.y, k) };
			return { angles: blend(previous.angles, frame.angles, k), at };
		}
		t -= frame.moveMs;
		if (t < frame.holdMs) return { angles: frame.angles, at: to };
		t -= frame.holdMs;
		previous = frame;
	}
	return { angles: last.angles, at: last.at ?? sequence.at };
}

/** Between two keyframes of a sequence, eased as the second one says: for phase-driven demos. */
export function between(
	sequence: KeyframeSequence,
	from: number,
	to: number,
	k: number
): { angles: BodyAngles; at: Point } {
	const a = sequence.frames[from];
	const b = sequence.frames[to];
	if (!a || !b) throw new Error(`No keyframe ${from} or ${to} for ${sequence.exerciseId}`);
	const e = EASE[b.easing](Math.min(1, Math.max(0, k)));
	const pa = a.at ?? sequence.at;
	const pb = b.at ?? sequence.at;
	return {
		angles: blend(a.angles, b.angles, e),
		at: { x: lerp(pa.x, pb.x, e), y: lerp(pa.y, pb.y, e) }
	};
}

export function figureOf(sequence: KeyframeSequence, angles: BodyAngles, at: Point): Figure {
	return { joints: solve(angles, sequence.anchor, at), shape: shapeOf(angles) };
}

/** The figure at time t (looping), joints and shape. */
export function figureAt(sequence: KeyframeSequence, tMs: number): Figure {
	const { angles, at } = anglesAt(sequence, tMs);
	return figureOf(sequence, angles, at);
}

/** The joints at time t (looping): used by the demo animation and the camera ghost alike. */
export function pose(sequence: KeyframeSequence, tMs: number): JointPositions {
	return figureAt(sequence, tMs).joints;
}

/** Each keyframe's pose as a still, for reduced motion. */
export function keyPoses(
	sequence: KeyframeSequence
): { label: string; joints: JointPositions; shape: BodyShape }[] {
	return sequence.frames.map((f) => ({
		label: f.label,
		...figureOf(sequence, f.angles, f.at ?? sequence.at)
	}));
}

/** The index of the keyframe held longest (the first of equals): the position to hold. */
export function targetIndex(sequence: KeyframeSequence): number {
	let best = 0;
	sequence.frames.forEach((f, i) => {
		if (f.holdMs > (sequence.frames[best]?.holdMs ?? 0)) best = i;
	});
	return best;
}

/** The pose to hold (the keyframe held longest): the camera ghost's target during a hold. */
export function targetPose(sequence: KeyframeSequence): { label: string; joints: JointPositions } {
	const frame = keyPoses(sequence)[targetIndex(sequence)];
	if (!frame) throw new Error(`No keyframes for ${sequence.exerciseId}`);
	return frame;
}
