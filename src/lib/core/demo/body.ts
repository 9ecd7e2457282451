import type { BodyShape, FigureView, JointPositions, Point, Segment } from '../program/keyframes';
import { add, capsule, circle, lerpPoint, mul, smoothClosed, sub, turn, unit } from './vec';

/**
 * The demonstration body: a torso with chest, belly, lower back and pelvis, a head and neck,
 * limbs with thickness, hands and feet, drawn from the keyframe joints. Pure geometry: parts
 * come out as SVG path data in a 0-100 space, and their outline points for framing.
 */

/** Drawn parts; limb parts are named after the keyframe segment that moves them. */
export type PartId = Segment | 'hand' | 'handFar';

export type Layer = 'far' | 'body' | 'near';

export interface Part {
	id: PartId;
	layer: Layer;
	d: string;
	points: Point[];
}

export interface BodyDrawing {
	parts: Part[];
	/** The lower back's outline (for the highlight when it is the part that moves). */
	lowerBack: string;
	/** The belly's outline, likewise. */
	belly: string;
	/** The pelvis, for movements of the hips (bridges, planks). */
	pelvis: string;
	/** Where an arrow about the lower back or belly starts, and the way the surface faces. */
	anchors: { lowerBack: Point; belly: Point; back: Point; front: Point };
	/** Centre and radius of the head, and the way the face looks. */
	head: { c: Point; r: number; face: Point };
}

/** Half-thicknesses in frame units (the trunk is 0.24 long). */
const R = {
	head: 0.04,
	neck: 0.014,
	upperArm: [0.013, 0.011],
	forearm: [0.011, 0.009],
	hand: 0.011,
	thigh: [0.022, 0.015],
	shin: [0.015, 0.01],
	foot: [0.009, 0.007]
} as const;

/** Offsets from the trunk axis at points s along it (0 hip, 1 shoulder): back side, front side. */
function profileOffsets(shape: BodyShape): { s: number; back: number; front: number }[] {
	// The curve is exaggerated on purpose: a real lower back moves a centimetre or two.
	const lumbar = shape.lumbar >= 0 ? 0.028 - 0.022 * shape.lumbar : 0.028 - 0.024 * shape.lumbar;
	// A breath in shows more than a brace draws in: both exaggerated to be seen from the floor.
	const belly = 0.038 + (shape.belly > 0 ? 0.032 : 0.016) * shape.belly;
	const chest = 0.044 + 0.016 * shape.chest;
	return [
		{ s: -0.16, back: 0.012, front: 0.006 },
		{ s: -0.06, back: 0.03, front: 0.022 },
		{ s: 0.08, back: 0.034, front: 0.034 },
		{ s: 0.32, back: lumbar, front: belly },
		{ s: 0.58, back: 0.034, front: 0.04 + 0.005 * shape.chest },
		{ s: 0.8, back: 0.036, front: chest },
		{ s: 0.98, back: 0.03, front: 0.028 },
		{ s: 1.08, back: 0.014, front: 0.01 }
	];
}

/** Seen from the front, lying on the side: the top side (shoulder, waist, hip) and the floor side. */
function frontOffsets(): { s: number; back: number; front: number }[] {
	return [
		{ s: -0.14, back: 0.02, front: 0.02 },
		{ s: 0.02, back: 0.046, front: 0.048 },
		{ s: 0.36, back: 0.03, front: 0.034 },
		{ s: 0.7, back: 0.042, front: 0.042 },
		{ s: 0.96, back: 0.046, front: 0.046 },
		{ s: 1.08, back: 0.02, front: 0.02 }
	];
}

interface Axis {
	hip: Point;
	u: Point;
	length: number;
	/** Towards the front of the body (the top side when lying on the side seen from the front). */
	f: Point;
}

function axisOf(joints: JointPositions): Axis {
	const d = sub(joints.shoulder, joints.hip);
	const length = Math.hypot(d.x, d.y);
	const u = unit(d);
	return { hip: joints.hip, u, length, f: turn(u) };
}

const along = (a: Axis, s: number, offset: number): Point =>
	add(add(a.hip, mul(a.u, s * a.length)), mul(a.f, offset));

function torso(joints: JointPositions, shape: BodyShape, view: FigureView) {
	const axis = axisOf(joints);
	const rows = view === 'front' ? frontOffsets() : profileOffsets(shape);
	const back = rows.map((r) => along(axis, r.s, -r.back));
	const front = rows.map((r) => along(axis, r.s, r.front));
	const outline = [...back, ...front.reverse()];
	// The lower back and belly, for highlights: a band of the outline and the body beside it.
	const band = (side: 1 | -1, key: 'back' | 'front') => {
		const pick = rows.slice(1, 5);
		const outer = pick.map((r) => along(axis, r.s, side * r[key]));
		const inner = pick.map((r) => along(axis, r.s, side * r[key] * 0.35)).reverse();
		return smoothClosed([...outer, ...inner]);
	};
	const hips = rows.filter((r) => r.s <= 0.1);
	const pelvis = () =>
		smoothClosed([
			...hips.map((r) => along(axis, r.s, -r.back)),
			...hips.map((r) => along(axis, r.s, r.front)).reverse()
		]);
	const lumbarRow = rows[3] ?? { s: 0.32, back: 0.03, front: 0.04 };
	return {
		outline,
		lowerBack: () => band(-1, 'back'),
		belly: () => band(1, 'front'),
		pelvis,
		anchors: {
			lowerBack: along(axis, lumbarRow.s, -lumbarRow.back),
			belly: along(axis, lumbarRow.s, lumbarRow.front),
			back: mul(axis.f, -1),
			front: axis.f
		}
	};
}

/** A part whose path data is only built when drawn: framing needs the points alone. */
function part(id: PartId, layer: Layer, points: Point[]): Part {
	return {
		id,
		layer,
		points,
		get d() {
			return smoothClosed(points);
		}
	};
}

function limb(id: PartId, layer: Layer, a: Point, b: Point, r: readonly [number, number]): Part {
	return part(id, layer, capsule(a, b, r[0], r[1]));
}

function blob(id: PartId, layer: Layer, c: Point, r: number): Part {
	return part(id, layer, circle(c, r));
}

/** The foot from just behind the ankle (the heel) to the toes. */
function foot(id: PartId, layer: Layer, ankle: Point, toe: Point): Part {
	const dir = unit(sub(toe, ankle));
	return limb(id, layer, sub(ankle, mul(dir, 0.012)), toe, R.foot);
}

/** The hand, a little beyond the wrist along the forearm. */
function hand(id: PartId, layer: Layer, elbow: Point, wrist: Point): Part {
	return blob(id, layer, add(wrist, mul(unit(sub(wrist, elbow)), 0.01)), R.hand);
}

/** A small nose, so the way the face looks reads at a glance. */
function nose(c: Point, face: Point, up: Point): Part {
	const base = add(c, mul(face, R.head * 0.8));
	return part(
		'head',
		'body',
		capsule(add(base, mul(up, 0.007)), add(base, mul(face, 0.02)), 0.009, 0.005, 4)
	);
}

/** Every part of the body for one pose, back to front: far limbs, torso and head, near limbs. */
export function drawBody(joints: JointPositions, shape: BodyShape, view: FigureView): BodyDrawing {
	const j = joints;
	const t = torso(j, shape, view);
	// The head sits in front of the neck line so the back of the head lines up with the back.
	const headDir = unit(sub(j.head, j.shoulder));
	const face = turn(headDir);
	const c = view === 'front' ? j.head : add(j.head, mul(face, R.head - 0.032));
	const neckBase = lerpPoint(j.hip, j.shoulder, 0.96);
	const parts: Part[] = [
		limb('thighFar', 'far', j.hip, j.kneeFar, R.thigh),
		limb('shinFar', 'far', j.kneeFar, j.ankleFar, R.shin),
		foot('footFar', 'far', j.ankleFar, j.toeFar),
		limb('upperArmFar', 'far', j.shoulder, j.elbowFar, R.upperArm),
		limb('forearmFar', 'far', j.elbowFar, j.wristFar, R.forearm),
		hand('handFar', 'far', j.elbowFar, j.wristFar),
		limb('head', 'body', neckBase, lerpPoint(j.shoulder, c, 0.8), [R.neck, R.neck]),
		part('trunk', 'body', t.outline),
		...(view === 'front' ? [] : [nose(c, face, headDir)]),
		blob('head', 'body', c, R.head),
		limb('thigh', 'near', j.hip, j.knee, R.thigh),
		limb('shin', 'near', j.knee, j.ankle, R.shin),
		foot('foot', 'near', j.ankle, j.toe),
		limb('upperArm', 'near', j.shoulder, j.elbow, R.upperArm),
		limb('forearm', 'near', j.elbow, j.wrist, R.forearm),
		hand('hand', 'near', j.elbow, j.wrist)
	];
	// Highlight outlines are built only when drawn.
	return {
		parts,
		get lowerBack() {
			return t.lowerBack();
		},
		get belly() {
			return t.belly();
		},
		get pelvis() {
			return t.pelvis();
		},
		anchors: t.anchors,
		head: { c, r: R.head, face }
	};
}
