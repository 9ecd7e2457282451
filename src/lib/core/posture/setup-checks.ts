/**
 * Camera setup checks on one frame's landmarks: whole body in frame, side-on or facing, distance.
 * In a side view the far-side limbs are hidden (visibility 0-0.5): they count as unknown, never
 * as missing, so each body part needs only its better-seen side.
 */
import type { Box } from './setup-light';
import { LM, type Landmark, type SetupCheck, type SetupRequirement } from './setup-types';

const SEEN = 0.5;

interface Part {
	name: string;
	/** Any one of these seen is enough (left or right; nose or an ear). */
	any: readonly number[];
}

const PARTS: readonly Part[] = [
	{ name: 'head', any: [LM.nose, LM.leftEar, LM.rightEar] },
	{ name: 'shoulders', any: [LM.leftShoulder, LM.rightShoulder] },
	{ name: 'hips', any: [LM.leftHip, LM.rightHip] },
	{ name: 'knees', any: [LM.leftKnee, LM.rightKnee] },
	{ name: 'feet', any: [LM.leftAnkle, LM.rightAnkle] }
];

const inFrame = (p: Landmark) => p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1;
const seen = (p: Landmark | undefined): p is Landmark =>
	p !== undefined && p.visibility >= SEEN && inFrame(p);

const anySeen = (lm: readonly Landmark[], part: Part) => part.any.some((i) => seen(lm[i]));

export function wholeBodyCheck(lm: readonly Landmark[] | null): SetupCheck {
	if (!lm) return { id: 'whole-body', pass: false, message: 'I cannot see you yet.' };
	const missing = PARTS.filter((part) => !anySeen(lm, part)).map((p) => p.name);
	if (missing.length === 0) {
		return { id: 'whole-body', pass: true, message: 'I can see all of you.' };
	}
	const list =
		missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0];
	return {
		id: 'whole-body',
		pass: false,
		message: `I cannot see your ${list}. Move the tablet back or tilt it so all of you is in view.`
	};
}

/** Distance in px between two normalised points of a `width` x `height` frame. */
const px = (a: Landmark, b: Landmark, width: number, height: number) =>
	Math.hypot((a.x - b.x) * width, (a.y - b.y) * height);

const mid = (a: Landmark, b: Landmark): Landmark => ({
	x: (a.x + b.x) / 2,
	y: (a.y + b.y) / 2,
	z: (a.z + b.z) / 2,
	visibility: Math.min(a.visibility, b.visibility)
});

/**
 * How square-on the body is: shoulder and hip breadth over torso length, in pixels. About 0.6-0.9
 * facing the camera, under 0.3 side-on; independent of whether the person stands or lies.
 */
export function facingRatio(lm: readonly Landmark[], width: number, height: number): number | null {
	const [ls, rs, lh, rh] = [LM.leftShoulder, LM.rightShoulder, LM.leftHip, LM.rightHip].map(
		(i) => lm[i]!
	) as [Landmark, Landmark, Landmark, Landmark];
	const torso = px(mid(ls, rs), mid(lh, rh), width, height);
	if (torso < 1) return null;
	return (px(ls, rs, width, height) + px(lh, rh, width, height)) / (2 * torso);
}

export function viewCheck(
	lm: readonly Landmark[] | null,
	need: SetupRequirement,
	width: number,
	height: number
): SetupCheck {
	const ratio = lm ? facingRatio(lm, width, height) : null;
	if (ratio === null) return { id: 'view', pass: null, message: 'Waiting to see your body.' };
	if (need.view === 'side') {
		if (ratio <= 0.35)
			return { id: 'view', pass: true, message: 'Good, the tablet sees your side.' };
		return { id: 'view', pass: false, message: 'Turn so your side faces the tablet.' };
	}
	if (ratio >= 0.45) return { id: 'view', pass: true, message: 'Good, you are facing the tablet.' };
	return { id: 'view', pass: false, message: 'Turn to face the tablet.' };
}

/** Box around the landmarks that are seen, grown by `pad` of its size; null if none are seen. */
export function personBox(lm: readonly Landmark[] | null, pad = 0.15): Box | null {
	const pts = (lm ?? []).filter((p) => p.visibility >= SEEN);
	if (pts.length < 4) return null;
	const xs = pts.map((p) => p.x);
	const ys = pts.map((p) => p.y);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const [dx, dy] = [(x1 - x0) * pad, (y1 - y0) * pad];
	const clamp = (v: number) => Math.min(1, Math.max(0, v));
	return { x0: clamp(x0 - dx), y0: clamp(y0 - dy - 0.05), x1: clamp(x1 + dx), y1: clamp(y1 + dy) };
}

/**
 * Distance from how much of the frame the body fills along its long side, and the torso's size
 * in pixels (below about 60 px the landmarker stops finding people). Ears to ankles span about
 * 0.9 of a body's full length, so a fill above 0.9 means the head or feet touch the edges.
 */
export function distanceCheck(
	lm: readonly Landmark[] | null,
	width: number,
	height: number
): SetupCheck {
	const box = personBox(lm, 0);
	if (!lm || !box) return { id: 'distance', pass: null, message: 'Waiting to see your body.' };
	const fill = Math.max(box.x1 - box.x0, box.y1 - box.y0);
	const shoulders = mid(lm[LM.leftShoulder]!, lm[LM.rightShoulder]!);
	const hips = mid(lm[LM.leftHip]!, lm[LM.rightHip]!);
	const torsoPx = px(shoulders, hips, width, height);
	if (fill < 0.4 || torsoPx < 60) {
		return {
			id: 'distance',
			pass: false,
			message: 'You are too far away. Move the tablet closer.'
		};
	}
	if (fill > 0.9) {
		return { id: 'distance', pass: false, message: 'You are too close. Move the tablet back.' };
	}
	return { id: 'distance', pass: true, message: 'The distance is good.' };
}
