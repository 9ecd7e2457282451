/**
 * The body's outline from the segmentation mask, where the landmarks cannot see: the lower back.
 *
 * MediaPipe has no spine points, and an arched and a flat back differ by under 3 degrees in the
 * landmark angles, but the mask's edge shows the curve. Along the torso axis (near hip to near
 * shoulder) we march out from the axis, perpendicular to it, to the mask's edge on one side:
 * the floor side when lying, the back side when standing, the ceiling side on hands and knees.
 * The outermost points of that profile (buttocks and upper back) span a line, the upper convex
 * hull: the floor under a person lying down, or the line a flat back would follow. How far the
 * edge between them falls short of that line is the lower-back gap (lying) or hollow (standing).
 */
import type { Vec } from './geometry';
import type { PoseMask } from './setup-types';

/** Samples along the axis for one profile. */
export const PROFILE_SAMPLES = 48;

export interface ProfileSpan {
	/** Axis range sampled, in torso lengths from the hip (0) to the shoulder (1). */
	from: number;
	to: number;
	/** The part measured (the lower back), inside [from, to]. */
	measureFrom: number;
	measureTo: number;
}

/** Reusable buffers for one profile: positions along the axis and edge distances (px, NaN none). */
export class Profile {
	readonly s = new Float64Array(PROFILE_SAMPLES);
	readonly d = new Float64Array(PROFILE_SAMPLES);
	readonly hull = new Int32Array(PROFILE_SAMPLES);
	/** Edge samples found / samples taken. */
	coverage = 0;
	/** Set by hullDepth: the mean shortfall over the measured span (torso lengths). */
	meanDepth = NaN;
}

/** The mask value at frame pixel (x, y), bilinear, 0..1; outside the mask counts as background. */
export function maskAt(
	mask: PoseMask,
	frameW: number,
	frameH: number,
	x: number,
	y: number
): number {
	const w = mask.width;
	const h = mask.height;
	const d = mask.data;
	const mx = (x * w) / frameW - 0.5;
	const my = (y * h) / frameH - 0.5;
	const x0 = Math.floor(mx);
	const y0 = Math.floor(my);
	const fx = mx - x0;
	const fy = my - y0;
	const inX0 = x0 >= 0 && x0 < w;
	const inX1 = x0 + 1 >= 0 && x0 + 1 < w;
	let top = 0;
	let bottom = 0;
	if (y0 >= 0 && y0 < h) {
		const row = y0 * w;
		top = (inX0 ? d[row + x0]! : 0) * (1 - fx) + (inX1 ? d[row + x0 + 1]! : 0) * fx;
	}
	if (y0 + 1 >= 0 && y0 + 1 < h) {
		const row = (y0 + 1) * w;
		bottom = (inX0 ? d[row + x0]! : 0) * (1 - fx) + (inX1 ? d[row + x0 + 1]! : 0) * fx;
	}
	return (top * (1 - fy) + bottom * fy) / 255;
}

/**
 * Distance in px from (x, y) along the unit direction (nx, ny) to where the mask ends, or NaN
 * when the march finds no body near the start or no edge before `maxPx`. Marches a mask pixel at
 * a time, then halves the last step three times: an eighth of a pixel, in a dozen samples.
 */
export function edgeDistance(
	mask: PoseMask,
	frameW: number,
	frameH: number,
	x: number,
	y: number,
	nx: number,
	ny: number,
	maxPx: number,
	startPx: number
): number {
	edgeInto(mask, frameW, frameH, x, y, nx, ny, maxPx, startPx, SLOT, 0);
	return SLOT[0]!;
}

const SLOT = new Float64Array(1);

/** edgeDistance, written into out[i] (the per-frame path: no number is boxed on the way out). */
function edgeInto(
	mask: PoseMask,
	frameW: number,
	frameH: number,
	x: number,
	y: number,
	nx: number,
	ny: number,
	maxPx: number,
	startPx: number,
	out: Float64Array,
	i: number
): void {
	out[i] = NaN;
	const step = frameW / mask.width;
	let d = -startPx;
	let inside = maskAt(mask, frameW, frameH, x + nx * d, y + ny * d) >= 0.5;
	for (d += step; d <= maxPx + step; d += step) {
		const v = maskAt(mask, frameW, frameH, x + nx * d, y + ny * d);
		if (!inside) {
			if (v >= 0.5) inside = true;
			else if (d > startPx) return; // no body where the axis runs
			continue;
		}
		if (v >= 0.5) continue;
		// The edge is between d - step (inside) and d (outside).
		let lo = d - step;
		let hi = d;
		for (let k = 0; k < 3; k++) {
			const m = (lo + hi) / 2;
			if (maskAt(mask, frameW, frameH, x + nx * m, y + ny * m) >= 0.5) lo = m;
			else hi = m;
		}
		const edge = (lo + hi) / 2;
		if (edge <= maxPx) out[i] = edge;
		return;
	}
}

/**
 * Fills `out` with the edge profile of the axis hip -> shoulder on the side `towards` points to
 * (any vector: only its side of the axis matters), in torso lengths.
 */
export function sampleProfile(
	mask: PoseMask,
	frameW: number,
	frameH: number,
	hip: Vec,
	shoulder: Vec,
	towards: Vec,
	span: ProfileSpan,
	out: Profile
): void {
	const ax = shoulder.x - hip.x;
	const ay = shoulder.y - hip.y;
	const torso = Math.hypot(ax, ay);
	let found = 0;
	if (torso < 1) {
		out.d.fill(NaN);
		out.coverage = 0;
		return;
	}
	// The normal that points the way asked (down to the floor, or to the back).
	let nx = -ay / torso;
	let ny = ax / torso;
	if (nx * towards.x + ny * towards.y < 0) {
		nx = -nx;
		ny = -ny;
	}
	for (let i = 0; i < PROFILE_SAMPLES; i++) {
		const s = span.from + ((span.to - span.from) * i) / (PROFILE_SAMPLES - 1);
		out.s[i] = s;
		edgeInto(
			mask,
			frameW,
			frameH,
			hip.x + ax * s,
			hip.y + ay * s,
			nx,
			ny,
			0.8 * torso,
			0.12 * torso,
			out.d,
			i
		);
		out.d[i] = out.d[i]! / torso;
		if (!Number.isNaN(out.d[i]!)) found++;
	}
	out.coverage = found / PROFILE_SAMPLES;
}

/**
 * The deepest shortfall of the profile from its outer hull within the measured span, in torso
 * lengths (the profile is already divided by the torso length); NaN when the edge is missing
 * in the span or at either end.
 */
export function hullDepth(profile: Profile, span: ProfileSpan): number {
	const { s, d, hull } = profile;
	// Upper hull (largest d) by a monotone chain over the valid samples, left to right.
	let n = 0;
	for (let i = 0; i < PROFILE_SAMPLES; i++) {
		if (Number.isNaN(d[i]!)) continue;
		while (n >= 2) {
			const a = hull[n - 2]!;
			const b = hull[n - 1]!;
			// b lies on or under the chord a -> i: drop it.
			const crossed = (s[b]! - s[a]!) * (d[i]! - d[a]!) - (d[b]! - d[a]!) * (s[i]! - s[a]!);
			if (crossed >= 0) n--;
			else break;
		}
		hull[n++] = i;
	}
	profile.meanDepth = NaN;
	if (n < 2 || s[hull[0]!]! > span.measureFrom || s[hull[n - 1]!]! < span.measureTo) return NaN;
	let deepest = NaN;
	let total = 0;
	let h = 0;
	let smoothed = 0;
	let count = 0;
	for (let i = 0; i < PROFILE_SAMPLES; i++) {
		const si = s[i]!;
		if (si < span.measureFrom || si > span.measureTo) continue;
		if (Number.isNaN(d[i]!)) return NaN;
		while (h < n - 2 && s[hull[h + 1]!]! <= si) h++;
		const a = hull[h]!;
		const b = hull[h + 1]!;
		const line = d[a]! + ((d[b]! - d[a]!) * (si - s[a]!)) / (s[b]! - s[a]! || 1);
		// A short running mean: single-sample steps of a binary mask are not a curve.
		const depth = line - d[i]!;
		total += depth;
		smoothed = count === 0 ? depth : 0.5 * smoothed + 0.5 * depth;
		count++;
		if (!(smoothed <= deepest)) deepest = smoothed;
	}
	profile.meanDepth = count ? total / count : NaN;
	return deepest;
}
