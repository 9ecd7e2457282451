import type { Point } from '../program/keyframes';

/** Small 2D helpers for drawing in frame units (x right, y down). */
export const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });
export const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
export const mul = (a: Point, k: number): Point => ({ x: a.x * k, y: a.y * k });
export const len = (a: Point): number => Math.hypot(a.x, a.y);
export const unit = (a: Point): Point => {
	const l = len(a);
	return l < 1e-9 ? { x: 1, y: 0 } : { x: a.x / l, y: a.y / l };
};
/** A quarter turn: for a figure facing right, the axis from hip to shoulder turned to the front. */
export const turn = (a: Point): Point => ({ x: -a.y, y: a.x });
export const lerpPoint = (a: Point, b: Point, t: number): Point => ({
	x: a.x + (b.x - a.x) * t,
	y: a.y + (b.y - a.y) * t
});

/** Path data in the 0-100 drawing space the SVG uses. */
const n = (v: number) => (Math.round(v * 10000) / 100).toString();
export const xy = (p: Point): string => `${n(p.x)} ${n(p.y)}`;

/** A closed path through the points, smoothed as a Catmull-Rom spline. */
export function smoothClosed(points: readonly Point[]): string {
	const count = points.length;
	if (count < 3) return '';
	const at = (i: number) => points[((i % count) + count) % count] as Point;
	let d = `M${xy(at(0))}`;
	for (let i = 0; i < count; i++) {
		const p0 = at(i - 1);
		const p1 = at(i);
		const p2 = at(i + 1);
		const p3 = at(i + 2);
		const c1 = add(p1, mul(sub(p2, p0), 1 / 6));
		const c2 = sub(p2, mul(sub(p3, p1), 1 / 6));
		d += `C${xy(c1)} ${xy(c2)} ${xy(p2)}`;
	}
	return `${d}Z`;
}

/** An open smooth path through the points. */
export function smoothOpen(points: readonly Point[]): string {
	const count = points.length;
	const first = points[0];
	if (!first) return '';
	const at = (i: number) => points[Math.max(0, Math.min(count - 1, i))] as Point;
	let d = `M${xy(first)}`;
	for (let i = 0; i < count - 1; i++) {
		const p0 = at(i - 1);
		const p1 = at(i);
		const p2 = at(i + 1);
		const p3 = at(i + 2);
		d += `C${xy(add(p1, mul(sub(p2, p0), 1 / 6)))} ${xy(sub(p2, mul(sub(p3, p1), 1 / 6)))} ${xy(p2)}`;
	}
	return d;
}

export function polygon(points: readonly Point[]): string {
	return points.length ? `M${points.map(xy).join('L')}Z` : '';
}

/**
 * The outline of a limb: two circles joined by their outer tangents, so a limb can taper from
 * radius ra at a to rb at b. Returned as points (for bounds) going round the outline.
 */
export function capsule(a: Point, b: Point, ra: number, rb: number, steps = 10): Point[] {
	const d = len(sub(b, a));
	const u = unit(sub(b, a));
	const phi = d > Math.abs(ra - rb) ? Math.asin((ra - rb) / d) : 0;
	const base = Math.atan2(u.y, u.x);
	const out: Point[] = [];
	// Round the far end (b) from one tangent to the other through +u, then back round a through -u.
	const spanB = Math.PI / 2 + phi;
	for (let i = 0; i <= steps; i++) {
		const ang = base - spanB + (2 * spanB * i) / steps;
		out.push({ x: b.x + rb * Math.cos(ang), y: b.y + rb * Math.sin(ang) });
	}
	const spanA = Math.PI / 2 - phi;
	for (let i = 0; i <= steps; i++) {
		const ang = base + Math.PI - spanA + (2 * spanA * i) / steps;
		out.push({ x: a.x + ra * Math.cos(ang), y: a.y + ra * Math.sin(ang) });
	}
	return out;
}

export function circle(c: Point, r: number, steps = 24): Point[] {
	return Array.from({ length: steps }, (_, i) => {
		const ang = (2 * Math.PI * i) / steps;
		return { x: c.x + r * Math.cos(ang), y: c.y + r * Math.sin(ang) };
	});
}

export interface Bounds {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

export function bounds(points: Iterable<Point>, into?: Bounds): Bounds {
	const b = into ?? { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
	for (const p of points) {
		if (p.x < b.minX) b.minX = p.x;
		if (p.y < b.minY) b.minY = p.y;
		if (p.x > b.maxX) b.maxX = p.x;
		if (p.y > b.maxY) b.maxY = p.y;
	}
	return b;
}
