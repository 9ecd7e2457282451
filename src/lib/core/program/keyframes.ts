/**
 * Demonstration keyframes: a side-view stick figure driven by segment angles. The same data
 * animates the demo figure and the camera's "ghost" target, through pose().
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

export type BodyAngles = Record<NearSegment, Degrees> & Partial<Record<Segment, Degrees>>;

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

function blend(from: Keyframe, to: Keyframe, t: number): BodyAngles {
	const segments = new Set([
		...Object.keys(from.angles),
		...Object.keys(to.angles)
	]) as Set<Segment>;
	const near = (s: Segment): NearSegment => s.replace('Far', '') as NearSegment;
	const out = { ...from.angles };
	for (const s of segments) {
		const a = from.angles[s] ?? from.angles[near(s)];
		const b = to.angles[s] ?? to.angles[near(s)];
		out[s] = lerp(a, b, t);
	}
	return out;
}

/** The figure at time t (looping): used by the demo animation and the camera ghost alike. */
export function pose(sequence: KeyframeSequence, tMs: number): JointPositions {
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
			return solve(blend(previous, frame, k), sequence.anchor, at);
		}
		t -= frame.moveMs;
		if (t < frame.holdMs) return solve(frame.angles, sequence.anchor, to);
		t -= frame.holdMs;
		previous = frame;
	}
	return solve(last.angles, sequence.anchor, last.at ?? sequence.at);
}

/** Each keyframe's pose as a still, for reduced motion. */
export function keyPoses(sequence: KeyframeSequence): { label: string; joints: JointPositions }[] {
	return sequence.frames.map((f) => ({
		label: f.label,
		joints: solve(f.angles, sequence.anchor, f.at ?? sequence.at)
	}));
}

/** The pose to hold (the keyframe held longest): the camera ghost's target during a hold. */
export function targetPose(sequence: KeyframeSequence): { label: string; joints: JointPositions } {
	const frames = keyPoses(sequence);
	let best = 0;
	sequence.frames.forEach((f, i) => {
		if (f.holdMs > (sequence.frames[best]?.holdMs ?? 0)) best = i;
	});
	const frame = frames[best];
	if (!frame) throw new Error(`No keyframes for ${sequence.exerciseId}`);
	return frame;
}
