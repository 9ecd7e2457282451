import type {
	BodyAngles,
	Easing,
	FigureProp,
	FigureView,
	Joint,
	Keyframe,
	KeyframeSequence,
	Point
} from './keyframes';

/**
 * Lying on the back, knees bent, feet flat, hands on the belly; head to the left. The lower back
 * keeps its natural small curve off the floor. The elbow is drawn lifted so the arm does not
 * hide the lower back's line.
 */
export const HOOK_LYING: BodyAngles = {
	trunk: 180,
	head: 180,
	upperArm: 28,
	forearm: -12,
	thigh: 50,
	shin: -66,
	foot: 0,
	lumbar: 0.5
};
/** Where the hip rests when lying (the ankle of HOOK_LYING then sits on the floor). */
export const LYING_HIP: Point = { x: 0.55, y: 0.82 };
/** The foot of HOOK_LYING, for sequences that keep the feet planted (bridges). */
export const LYING_ANKLE: Point = { x: 0.739, y: 0.8465 };

/** On hands and knees, back flat, belly lightly drawn in, facing right. */
export const FOUR_POINT: BodyAngles = {
	trunk: 10,
	head: 5,
	upperArm: -90,
	forearm: -90,
	thigh: -90,
	shin: 180,
	foot: 180,
	lumbar: 0,
	belly: -0.3
};
export const KNEE_ON_FLOOR: Point = { x: 0.42, y: 0.83 };

/** Standing side-on, facing right, with the usual curve in the lower back. */
export const STANDING: BodyAngles = {
	trunk: 90,
	head: 90,
	upperArm: -90,
	forearm: -90,
	thigh: -90,
	shin: -90,
	foot: 0,
	lumbar: 0.5
};
export const STANDING_HIP: Point = { x: 0.5, y: 0.49 };

export function frame(
	label: string,
	angles: BodyAngles,
	moveMs: number,
	holdMs: number,
	easing: Easing = 'ease-in-out',
	at?: Point
): Keyframe {
	return at
		? { label, angles, moveMs, holdMs, easing, at }
		: { label, angles, moveMs, holdMs, easing };
}

export interface SequenceLook {
	view?: FigureView;
	props?: FigureProp[];
	mark?: KeyframeSequence['mark'];
}

export function sequence(
	exerciseId: string,
	anchor: Joint,
	at: Point,
	frames: Keyframe[],
	look: SequenceLook = {}
): KeyframeSequence {
	return { exerciseId, anchor, at, frames, ...look };
}
