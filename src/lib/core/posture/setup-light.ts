/**
 * Light and steadiness from a small greyscale copy of the camera frame.
 *
 * Light is judged from the scene, not from the person: a darker skin tone must never read as
 * "too dark". "Too dark" looks at the brightest parts of the whole frame (a lit room has bright
 * walls, floor, clothes); "backlit" needs a clipped-bright background *and* a person region whose
 * shadows are crushed to black, which is what a camera exposing for a window does.
 */
import type { SetupCheck } from './setup-types';

/** A greyscale frame, one byte (luma 0..255) a pixel, row-major. */
export interface LumaFrame {
	width: number;
	height: number;
	data: Uint8Array;
}

/** A region in normalised frame coordinates. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface LumaStats {
	count: number;
	mean: number;
	p5: number;
	p50: number;
	p95: number;
	/** Fraction of pixels at 250 or above. */
	clippedHigh: number;
	/** Fraction of pixels at 8 or below. */
	clippedLow: number;
}

export interface LightStats {
	all: LumaStats;
	background: LumaStats;
	person: LumaStats | null;
}

function stats(histogram: Uint32Array, count: number): LumaStats {
	const pct = (p: number) => {
		const target = p * count;
		let seen = 0;
		for (let v = 0; v < 256; v++) {
			seen += histogram[v]!;
			if (seen > target) return v;
		}
		return 255;
	};
	let sum = 0;
	let high = 0;
	let low = 0;
	histogram.forEach((n, v) => {
		sum += n * v;
		if (v >= 250) high += n;
		if (v <= 8) low += n;
	});
	const safe = Math.max(count, 1);
	return {
		count,
		mean: sum / safe,
		p5: pct(0.05),
		p50: pct(0.5),
		p95: pct(0.95),
		clippedHigh: high / safe,
		clippedLow: low / safe
	};
}

const inside = (box: Box | null, x: number, y: number) =>
	box !== null && x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;

/** Luminance statistics of the whole frame, the person's box and everything else. */
export function lightStats(frame: LumaFrame, person: Box | null): LightStats {
	const all = new Uint32Array(256);
	const bg = new Uint32Array(256);
	const fg = new Uint32Array(256);
	let fgCount = 0;
	for (let y = 0; y < frame.height; y++) {
		for (let x = 0; x < frame.width; x++) {
			const v = frame.data[y * frame.width + x]!;
			all[v]!++;
			if (inside(person, (x + 0.5) / frame.width, (y + 0.5) / frame.height)) {
				fg[v]!++;
				fgCount++;
			} else bg[v]!++;
		}
	}
	const total = frame.width * frame.height;
	return {
		all: stats(all, total),
		background: stats(bg, total - fgCount),
		person: fgCount > 0 ? stats(fg, fgCount) : null
	};
}

export function lightCheck(s: LightStats): SetupCheck {
	const { all, background, person } = s;
	if (all.p95 < 70 || (all.mean < 40 && all.p50 < 35)) {
		return {
			id: 'light',
			pass: false,
			message: 'It is too dark. Turn on a light or open a curtain.'
		};
	}
	const backlit =
		person !== null &&
		background.count > 0 &&
		background.clippedHigh >= 0.2 &&
		person.p50 < 60 &&
		person.clippedLow >= 0.2;
	if (backlit) {
		return {
			id: 'light',
			pass: false,
			message: 'There is bright light behind you. Turn the tablet so the window is not in view.'
		};
	}
	if (all.clippedHigh > 0.4) {
		return {
			id: 'light',
			pass: false,
			message: 'The picture is washed out. Move out of direct sun.'
		};
	}
	return { id: 'light', pass: true, message: 'The light is good.' };
}

/** Mean absolute luma change outside the person's box between two frames of the same size. */
export function backgroundMotion(
	prev: LumaFrame,
	cur: LumaFrame,
	person: Box | null
): number | null {
	if (prev.width !== cur.width || prev.height !== cur.height) return null;
	let sum = 0;
	let n = 0;
	for (let y = 0; y < cur.height; y++) {
		for (let x = 0; x < cur.width; x++) {
			if (inside(person, (x + 0.5) / cur.width, (y + 0.5) / cur.height)) continue;
			const i = y * cur.width + x;
			sum += Math.abs(cur.data[i]! - prev.data[i]!);
			n++;
		}
	}
	return n > 0 ? sum / n : null;
}

/** Steady when the background barely changed across the last few samples (about 2 s). */
export function steadyCheck(motions: readonly number[], threshold = 6): SetupCheck {
	if (motions.length < 3)
		return { id: 'steady', pass: null, message: 'Checking the camera is steady.' };
	const recent = motions.slice(-4);
	if (Math.max(...recent) > threshold) {
		return {
			id: 'steady',
			pass: false,
			message: 'The camera is moving. Rest the tablet against something firm.'
		};
	}
	return { id: 'steady', pass: true, message: 'The camera is steady.' };
}
