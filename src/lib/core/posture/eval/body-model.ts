/**
 * A kinematic body model seen from the side: joint positions from a few angles, drawn as 33
 * landmarks and as a person mask (capsules for the limbs, a torso whose lower-back edge can lift
 * off the floor or hollow in), so tests and the evaluation can make traces whose truth is known
 * exactly: a gap of 7 cm under the back is 7 cm because it was drawn so.
 */
import type { TraceFrame, TracePoint } from '../trace';
import { encodeMaskRle } from '../trace';

export interface Pt {
	x: number;
	y: number;
}

/** One side's joints in frame pixels; the far side is drawn a little offset and less visible. */
export interface Skeleton {
	head: Pt;
	shoulder: Pt;
	elbow: Pt;
	wrist: Pt;
	hip: Pt;
	knee: Pt;
	ankle: Pt;
	/** Heel and toe fix the facing direction. */
	heel: Pt;
	toe: Pt;
	/** The far side's leg, when it differs (dead bug, bird dog). */
	farKnee?: Pt;
	farAnkle?: Pt;
	/** Which way the face looks along x (+1 right). */
	facing: 1 | -1;
}

export interface Outline {
	/** Lying: the lower back's edge lifted off the floor by this (px) at its highest. */
	backGap?: number;
	/** Standing: the back's edge hollowed in by this (px) below the buttocks - upper back line. */
	backHollow?: number;
	/** Body thickness as a fraction of the torso length. */
	thickness?: number;
}

export const FRAME = { width: 480, height: 360 } as const;
const MASK_W = 128;
const MASK_H = 96;

export const polar = (from: Pt, length: number, deg: number): Pt => ({
	x: from.x + length * Math.cos((deg * Math.PI) / 180),
	y: from.y - length * Math.sin((deg * Math.PI) / 180)
});

/** 33 BlazePose landmarks from a side-view skeleton, near side `side`. */
export function landmarks(s: Skeleton, side: 'left' | 'right'): TracePoint[] {
	const pts: TracePoint[] = Array.from({ length: 33 }, () => [0, 0, 0, 0]);
	const put = (i: number, p: Pt, z: number, v: number) => {
		pts[i] = [p.x / FRAME.width, p.y / FRAME.height, z, v];
	};
	const nearIdx = side === 'left' ? 0 : 1;
	const far = (p: Pt): Pt => ({ x: p.x + 3, y: p.y - 2 });
	const both = (l: number, r: number, p: Pt, farP: Pt = far(p)) => {
		const [ni, fi] = nearIdx === 0 ? [l, r] : [r, l];
		put(ni, p, -0.1, 0.97);
		put(fi, farP, 0.1, 0.45);
	};
	const nose = { x: s.head.x + 0.5 * 14 * s.facing, y: s.head.y + 2 };
	put(0, nose, -0.2, 0.99);
	for (const i of [1, 2, 3, 4, 5, 6, 9, 10])
		put(i, { x: s.head.x + 6 * s.facing, y: s.head.y - 2 }, -0.1, 0.95);
	both(7, 8, s.head);
	both(11, 12, s.shoulder);
	both(13, 14, s.elbow);
	both(15, 16, s.wrist);
	for (const [l, r] of [
		[17, 18],
		[19, 20],
		[21, 22]
	] as const)
		both(l, r, s.wrist);
	both(23, 24, s.hip);
	both(25, 26, s.knee, s.farKnee ?? far(s.knee));
	both(27, 28, s.ankle, s.farAnkle ?? far(s.ankle));
	both(29, 30, s.heel);
	both(31, 32, s.toe);
	return pts;
}

/** Fills a capsule (a thick segment) into the mask. */
function capsule(mask: Uint8Array, a: Pt, b: Pt, r: number): void {
	const sx = MASK_W / FRAME.width;
	const sy = MASK_H / FRAME.height;
	const minX = Math.floor((Math.min(a.x, b.x) - r) * sx);
	const maxX = Math.ceil((Math.max(a.x, b.x) + r) * sx);
	const minY = Math.floor((Math.min(a.y, b.y) - r) * sy);
	const maxY = Math.ceil((Math.max(a.y, b.y) + r) * sy);
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const l2 = dx * dx + dy * dy || 1;
	for (let my = Math.max(0, minY); my <= Math.min(MASK_H - 1, maxY); my++)
		for (let mx = Math.max(0, minX); mx <= Math.min(MASK_W - 1, maxX); mx++) {
			const px = (mx + 0.5) / sx;
			const py = (my + 0.5) / sy;
			const t = Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / l2));
			if (Math.hypot(px - a.x - t * dx, py - a.y - t * dy) <= r) mask[my * MASK_W + mx] = 255;
		}
}

/** Clears mask pixels under (lying) or behind (standing) the torso edge to draw a gap or hollow. */
function carve(mask: Uint8Array, s: Skeleton, depth: number, towards: Pt, r: number): void {
	const sx = MASK_W / FRAME.width;
	const sy = MASK_H / FRAME.height;
	const ax = s.shoulder.x - s.hip.x;
	const ay = s.shoulder.y - s.hip.y;
	const T = Math.hypot(ax, ay);
	let nx = -ay / T;
	let ny = ax / T;
	if (nx * towards.x + ny * towards.y < 0) {
		nx = -nx;
		ny = -ny;
	}
	for (let my = 0; my < MASK_H; my++)
		for (let mx = 0; mx < MASK_W; mx++) {
			const px = (mx + 0.5) / sx - s.hip.x;
			const py = (my + 0.5) / sy - s.hip.y;
			const along = (px * ax + py * ay) / (T * T);
			if (along < 0.1 || along > 0.75) continue;
			const bump = Math.sin((Math.PI * (along - 0.1)) / 0.65);
			const off = px * nx + py * ny;
			// The edge sits at r from the axis; carve the band between r - depth * bump and r (and beyond).
			if (off > r - depth * bump && off < r + 2 * depth + 4) mask[my * MASK_W + mx] = 0;
		}
}

/** A whole trace frame: landmarks and the drawn mask. */
export function drawFrame(
	t: number,
	s: Skeleton,
	side: 'left' | 'right',
	o: Outline = {}
): TraceFrame {
	const T = Math.hypot(s.shoulder.x - s.hip.x, s.shoulder.y - s.hip.y);
	const r = (o.thickness ?? 0.19) * T;
	const mask = new Uint8Array(MASK_W * MASK_H);
	capsule(mask, s.hip, s.shoulder, r);
	capsule(mask, s.shoulder, s.head, 0.1 * T);
	capsule(mask, s.head, s.head, 0.2 * T);
	capsule(mask, s.shoulder, s.elbow, 0.08 * T);
	capsule(mask, s.elbow, s.wrist, 0.065 * T);
	capsule(mask, s.hip, s.knee, 0.13 * T);
	capsule(mask, s.knee, s.ankle, 0.085 * T);
	capsule(mask, s.heel, s.toe, 0.05 * T);
	if (s.farKnee) capsule(mask, s.hip, s.farKnee, 0.12 * T);
	if (s.farKnee && s.farAnkle) capsule(mask, s.farKnee, s.farAnkle, 0.08 * T);
	if (o.backGap) carve(mask, s, o.backGap, { x: 0, y: 1 }, r);
	if (o.backHollow) carve(mask, s, o.backHollow, { x: -s.facing, y: 0 }, r);
	return {
		t: Math.round(t),
		landmarks: landmarks(s, side),
		mask: { width: MASK_W, height: MASK_H, rle: encodeMaskRle(mask) }
	};
}
