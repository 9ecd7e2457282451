import {
	between,
	figureOf,
	JOINTS,
	SHAPE_KEYS,
	type BodyAngles,
	type Figure,
	type Joint,
	type KeyframeSequence,
	type Point,
	type Segment
} from '../program/keyframes';
import type { BodyDrawing, PartId } from './body';
import { add, len, lerpPoint, mul, smoothOpen, sub, turn, unit, xy } from './vec';

/** What the demo marks as moving: parts to highlight and an arrow for the direction. */
export interface Marks {
	parts: Set<PartId | 'lowerBack' | 'belly' | 'pelvis'>;
	/** Arrow shaft (path data), head (a closed triangle) and outline points, or null. */
	arrow: { shaft: string; head: string; points: Point[] } | null;
}

const SEGMENTS: Segment[] = [
	'trunk',
	'head',
	'upperArm',
	'forearm',
	'thigh',
	'shin',
	'foot',
	'upperArmFar',
	'forearmFar',
	'thighFar',
	'shinFar',
	'footFar'
];
/** Turning less than this is not "the movement". */
const MIN_DEGREES = 12;
const MIN_SHAPE = 0.4;
/** A joint moving less than this (frame units) is too small for an arrow of its own. */
const MIN_TRAVEL = 0.03;

const angle = (a: BodyAngles, s: Segment): number =>
	a[s] ?? a[s.replace('Far', '') as Exclude<Segment, `${string}Far`>];

/** Each limb segment and what hangs from it: a moving thigh carries the shin and foot with it. */
const CHAINS: PartId[][] = [
	['upperArm', 'forearm', 'hand'],
	['upperArmFar', 'forearmFar', 'handFar'],
	['thigh', 'shin', 'foot'],
	['thighFar', 'shinFar', 'footFar']
];

const turned = (a: number, b: number) => Math.abs(((((b - a) % 360) + 540) % 360) - 180);

/** Segments and shapes that change between two keyframes. */
export function movingParts(from: BodyAngles, to: BodyAngles): Marks['parts'] {
	const parts: Marks['parts'] = new Set();
	for (const chain of CHAINS) {
		let moving = false;
		for (const part of chain) {
			const s = part as Segment;
			if (SEGMENTS.includes(s) && turned(angle(from, s), angle(to, s)) >= MIN_DEGREES)
				moving = true;
			if (moving) parts.add(part);
		}
	}
	for (const key of SHAPE_KEYS) {
		if (Math.abs((to[key] ?? 0) - (from[key] ?? 0)) < MIN_SHAPE) continue;
		if (key === 'lumbar') parts.add('lowerBack');
		if (key === 'belly') parts.add('belly');
	}
	return parts;
}

/** Points round an arrow, so framing keeps the whole arrow in view. */
const halo = (points: Point[]): Point[] =>
	points.flatMap((p) =>
		[0, 1, 2, 3].map((i) => add(p, mul({ x: Math.cos(i * 1.57), y: Math.sin(i * 1.57) }, 0.03)))
	);

function arrowHead(tip: Point, dir: Point, size: number): string {
	const u = unit(dir);
	const side = mul(turn(u), size * 0.6);
	const base = sub(tip, mul(u, size));
	return `M${xy(tip)}L${xy(add(base, side))}L${xy(sub(base, side))}Z`;
}

/**
 * An arrow along the path a joint really travels (sampled between the two keyframes), moved a
 * little off the body on the side away from the trunk so it does not hide the limb.
 */
function pathArrow(samples: Point[], centre: Point): Marks['arrow'] {
	const path = evenly(samples, 12);
	const first = path[0];
	const last = path[path.length - 1];
	if (!first || !last) return null;
	let normal = turn(unit(sub(last, first)));
	const mid = path[Math.floor(path.length / 2)] ?? first;
	if (normal.x * (mid.x - centre.x) + normal.y * (mid.y - centre.y) < 0) normal = mul(normal, -1);
	const lifted = path.map((p) => add(p, mul(normal, 0.045))).slice(1, -1);
	const tip = lifted[lifted.length - 1];
	const before = lifted[lifted.length - 2];
	if (!tip || !before) return null;
	const size = 0.032;
	const dir = unit(sub(tip, before));
	const neck = sub(tip, mul(dir, size * 0.8));
	// The shaft stops at the arrowhead's base; points past it would fold back on themselves. A
	// short move still gets a visible shaft.
	const kept = lifted.filter((p) => len(sub(p, tip)) > size);
	const tail = len(sub(first, last)) < size * 3 ? [sub(neck, mul(dir, size * 1.5))] : [];
	const shaft = [...tail, ...kept, neck];
	return { shaft: smoothOpen(shaft), head: arrowHead(tip, dir, size), points: halo(lifted) };
}

/** The same path with its points spaced evenly along it (easing bunches them up). */
function evenly(points: Point[], count: number): Point[] {
	const lengths = [0];
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1] as Point;
		const b = points[i] as Point;
		lengths.push((lengths[i - 1] ?? 0) + len(sub(b, a)));
	}
	const total = lengths[lengths.length - 1] ?? 0;
	if (total === 0) return points.slice(0, 1);
	return Array.from({ length: count }, (_, k) => {
		const target = (total * k) / (count - 1);
		let i = 1;
		while (i < points.length - 1 && (lengths[i] ?? 0) < target) i++;
		const a = points[i - 1] as Point;
		const b = points[i] as Point;
		const span = (lengths[i] ?? 0) - (lengths[i - 1] ?? 0);
		return lerpPoint(a, b, span > 0 ? (target - (lengths[i - 1] ?? 0)) / span : 0);
	});
}

/** A straight arrow pointing at a surface point, from outside the body. */
function pointAt(target: Point, towards: Point, from = 0.09): Marks['arrow'] {
	const u = unit(towards);
	const start = sub(target, mul(u, from));
	const end = sub(target, mul(u, 0.012));
	const size = 0.03;
	return {
		shaft: `M${xy(start)}L${xy(sub(end, mul(u, size * 0.8)))}`,
		head: arrowHead(end, u, size),
		points: halo([start, end])
	};
}

/** The joint, or the surface, whose movement the arrow shows. */
export type MarkFocus = Joint | 'lowerBack' | 'belly';

const CHAIN_OF: Partial<Record<Joint, number[]>> = {
	elbow: [0, 1],
	wrist: [0, 1],
	knee: [2, 3],
	ankle: [2, 3],
	toe: [2, 3]
};

/**
 * With a named focus, only the limb it belongs to (either side) is highlighted: a hip or head
 * movement moves the whole body, and colouring all of it would hide what matters.
 */
function chainOf(parts: Marks['parts'], focus: MarkFocus): Marks['parts'] {
	const chains = CHAIN_OF[focus.replace('Far', '') as Joint] ?? [];
	const keep = new Set(chains.flatMap((i) => CHAINS[i] ?? []));
	return new Set([...parts].filter((p) => keep.has(p as PartId)));
}

/** A named joint or its other-side twin, whichever moves: "the wrist" is the far one half the time. */
function furtherOf(joint: Joint, start: Figure, end: Figure): Joint {
	const twin = (joint.endsWith('Far') ? joint.slice(0, -3) : `${joint}Far`) as Joint;
	if (!(JOINTS as string[]).includes(twin)) return joint;
	const travel = (j: Joint) => len(sub(end.joints[j], start.joints[j]));
	return travel(twin) > travel(joint) + 0.01 ? twin : joint;
}

function autoFocus(start: Figure, end: Figure): MarkFocus | null {
	let best: Joint = 'hip';
	let travel = 0;
	for (const joint of JOINTS) {
		const d = len(sub(end.joints[joint], start.joints[joint]));
		if (d > travel) [best, travel] = [joint, d];
	}
	if (travel >= MIN_TRAVEL) return best;
	const dLumbar = Math.abs(end.shape.lumbar - start.shape.lumbar);
	const dBelly = Math.abs(end.shape.belly - start.shape.belly);
	if (Math.max(dLumbar, dBelly) < MIN_SHAPE) return null;
	return dLumbar >= dBelly ? 'lowerBack' : 'belly';
}

/**
 * The marks for a move from one keyframe to another: the parts that turn, and an arrow on the
 * joint that travels furthest (or the one the sequence names); when the joints hardly move, an
 * arrow at the lower back or the belly, the way the surface goes.
 */
export function marksFor(
	sequence: KeyframeSequence,
	from: number,
	to: number,
	start: Figure,
	end: Figure,
	body: BodyDrawing
): Marks {
	const a = sequence.frames[from]?.angles;
	const b = sequence.frames[to]?.angles;
	if (!a || !b || from === to) return { parts: new Set(), arrow: null };
	const focus = sequence.mark ?? autoFocus(start, end);
	const parts = sequence.mark ? chainOf(movingParts(a, b), sequence.mark) : movingParts(a, b);
	const { lowerBack, belly, back, front } = body.anchors;
	let arrow: Marks['arrow'] = null;
	if (focus === 'lowerBack') {
		parts.add('lowerBack');
		// Flattening presses the lower back down through the body; arching lifts it off.
		arrow =
			end.shape.lumbar <= start.shape.lumbar
				? pointAt(lowerBack, back, 0.13)
				: pointAt(add(lowerBack, mul(front, 0.06)), front, 0.06);
	} else if (focus === 'belly') {
		parts.add('belly');
		arrow =
			end.shape.belly <= start.shape.belly
				? pointAt(belly, mul(front, -1))
				: pointAt(add(belly, mul(front, 0.09)), front, 0.08);
	} else if (focus) {
		if (focus === 'hip') parts.add('pelvis');
		const joint = furtherOf(focus, start, end);
		const path = Array.from({ length: 40 }, (_, i) => {
			const { angles, at } = between(sequence, from, to, i / 39);
			return figureOf(sequence, angles, at).joints[joint];
		});
		arrow = pathArrow(path, lerpPoint(end.joints.hip, end.joints.shoulder, 0.5));
	}
	return { parts, arrow };
}
