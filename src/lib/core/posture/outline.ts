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
	const mx = (x * mask.width) / frameW - 0.5;
	const my = (y * mask.height) / frameH - 0.5;
	const x0 = Math.floor(mx);
	const y0 = Math.floor(my);
	const fx = mx - x0;
	const fy = my - y0;
	const w = mask.width;
	const h = mask.height;
	const d = mask.data;
	const at = (cx: number, cy: number) =>
		cx < 0 || cy < 0 || cx >= w || cy >= h ? 0 : d[cy * w + cx]!;
	const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
	const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
	return (top * (1 - fy) + bottom * fy) / 255;
}

/**
 * Distance in px from (x, y) along the unit direction (nx, ny) to where the mask ends, or NaN
 * when the march finds no body near the start or no edge before `maxPx`.
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
	// A quarter of a mask pixel: the bilinear value crosses 0.5 between samples, interpolated.
	const step = (0.25 * frameW) / mask.width;
	let d = -startPx;
	let prev = maskAt(mask, frameW, frameH, x + nx * d, y + ny * d);
	let inside = prev >= 0.5;
	for (d += step; d <= maxPx; d += step) {
		const v = maskAt(mask, frameW, frameH, x + nx * d, y + ny * d);
		if (!inside) {
			if (v >= 0.5) inside = true;
			else if (d > startPx) return NaN; // no body where the axis runs
		} else if (v < 0.5) {
			return d - step + (step * (prev - 0.5)) / (prev - v);
		}
		prev = v;
	}
	return NaN;
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
		const d = edgeDistance(
			mask,
			frameW,
			frameH,
			hip.x + ax * s,
			hip.y + ay * s,
			nx,
			ny,
			0.8 * torso,
			0.12 * torso
		);
		out.d[i] = d / torso;
		if (!Number.isNaN(d)) found++;
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
