/**
 * Plane geometry in frame pixels (x right, y down). Landmarks are normalised per axis, so every
 * angle is taken after scaling by the frame size: a 4:3 frame would otherwise skew them. The
 * functions take points and return numbers, creating nothing, so the per-frame path stays free
 * of garbage.
 */
import { deg, type Degrees } from './units';

export interface Vec {
	x: number;
	y: number;
}

export const RAD = 180 / Math.PI;

export const dist = (a: Vec, b: Vec) => Math.hypot(a.x - b.x, a.y - b.y);

/** The unsigned angle at b between b->a and b->c, 0..180. */
export function jointAngle(a: Vec, b: Vec, c: Vec): Degrees {
	const ux = a.x - b.x;
	const uy = a.y - b.y;
	const vx = c.x - b.x;
	const vy = c.y - b.y;
	return deg(Math.atan2(Math.abs(ux * vy - uy * vx), ux * vx + uy * vy) * RAD);
}

/** Elevation of the segment a->b above the frame's horizontal, -90..90, up positive. */
export function elevation(a: Vec, b: Vec): Degrees {
	return deg(Math.atan2(a.y - b.y, Math.abs(b.x - a.x)) * RAD);
}

/** Angle of a->b from the upward vertical, -180..180, positive towards +x. */
export function fromVertical(a: Vec, b: Vec): Degrees {
	return deg(Math.atan2(b.x - a.x, a.y - b.y) * RAD);
}

/**
 * Signed distance of p from the line through a and b, positive on the side that (b - a) turned
 * a quarter clockwise on screen points to (for a line drawn left to right: below it).
 */
export function lineOffset(p: Vec, a: Vec, b: Vec): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const l = Math.hypot(dx, dy);
	if (l === 0) return 0;
	return (dx * (p.y - a.y) - dy * (p.x - a.x)) / l;
}

/** Where p falls along a->b: 0 at a, 1 at b. */
export function along(p: Vec, a: Vec, b: Vec): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const l2 = dx * dx + dy * dy;
	return l2 === 0 ? 0 : ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2;
}
