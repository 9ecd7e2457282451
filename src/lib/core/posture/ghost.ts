/**
 * The ghost: the exercise's target position (its demonstration's held keyframe) drawn over the
 * camera view, scaled to the person's torso, facing their way and pinned where the body does not
 * move (the shoulders lying down, the feet standing), so they can see where to go. Pure; the
 * overlay draws the bones it returns.
 */
import type { Joint, JointPositions } from '../program/keyframes';
import type { Landmark } from './setup-types';
import { SIDES, type BodySide } from './body';

/** Bones of the target, by joint, near side (the far side is the near side's mirror from the side). */
const BONES: readonly (readonly [Joint, Joint])[] = [
	['hip', 'shoulder'],
	['shoulder', 'head'],
	['shoulder', 'elbow'],
	['elbow', 'wrist'],
	['hip', 'knee'],
	['knee', 'ankle'],
	['ankle', 'toe']
];

export type GhostBone = readonly [number, number, number, number];

/**
 * The target's bones in normalised frame coordinates, for a person whose landmarks these are
 * (near side `side`) in a `width` x `height` frame; null when the torso is not there to fit.
 */
export function ghostBones(
	target: JointPositions,
	landmarks: readonly Landmark[],
	side: BodySide,
	width: number,
	height: number,
	pin: 'shoulder' | 'ankle' | 'hip' = 'hip'
): GhostBone[] | null {
	const s = SIDES[side];
	const hip = landmarks[s.hip];
	const shoulder = landmarks[s.shoulder];
	const pinned = landmarks[s[pin]];
	if (!hip || !shoulder || hip.visibility < 0.5 || shoulder.visibility < 0.5) return null;
	if (!pinned || pinned.visibility < 0.3) return null;
	const hx = hip.x * width;
	const hy = hip.y * height;
	const personTorso = Math.hypot(shoulder.x * width - hx, shoulder.y * height - hy);
	const t = target;
	const targetTorso = Math.hypot(t.shoulder.x - t.hip.x, t.shoulder.y - t.hip.y);
	if (personTorso < 8 || targetTorso <= 0) return null;
	const k = personTorso / targetTorso;
	// Face the person's way: their head to the same side of their hips as the target's.
	const flip = Math.sign(shoulder.x * width - hx || 1) !== Math.sign(t.shoulder.x - t.hip.x || 1);
	const px = pinned.x * width;
	const py = pinned.y * height;
	const at = (j: Joint): [number, number] => {
		const dx = (t[j].x - t[pin].x) * k * (flip ? -1 : 1);
		const dy = (t[j].y - t[pin].y) * k;
		return [(px + dx) / width, (py + dy) / height];
	};
	return BONES.map(([a, b]) => {
		const [x1, y1] = at(a);
		const [x2, y2] = at(b);
		return [x1, y1, x2, y2] as const;
	});
}
