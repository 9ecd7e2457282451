/** One pose landmark. Image landmarks: x, y normalised to the frame (0..1), z relative depth. */
export interface Landmark {
	x: number;
	y: number;
	z: number;
	/** 0..1: how likely the point is visible (not occluded, inside the frame). */
	visibility: number;
}

/** BlazePose's 33 landmarks, by index. */
export const LM = {
	nose: 0,
	leftEye: 2,
	rightEye: 5,
	leftEar: 7,
	rightEar: 8,
	leftShoulder: 11,
	rightShoulder: 12,
	leftElbow: 13,
	rightElbow: 14,
	leftWrist: 15,
	rightWrist: 16,
	leftHip: 23,
	rightHip: 24,
	leftKnee: 25,
	rightKnee: 26,
	leftAnkle: 27,
	rightAnkle: 28,
	leftHeel: 29,
	rightHeel: 30,
	leftFootIndex: 31,
	rightFootIndex: 32
} as const;

export const LANDMARK_COUNT = 33;

/** Bones drawn in the overlay: pairs of landmark indices (body only; the face is a dot). */
export const SKELETON: readonly (readonly [number, number])[] = [
	[11, 12],
	[11, 13],
	[13, 15],
	[12, 14],
	[14, 16],
	[11, 23],
	[12, 24],
	[23, 24],
	[23, 25],
	[25, 27],
	[27, 29],
	[29, 31],
	[27, 31],
	[24, 26],
	[26, 28],
	[28, 30],
	[30, 32],
	[28, 32],
	[7, 2],
	[2, 0],
	[0, 5],
	[5, 8]
];

/** A pose as the landmarker reports it for one frame. */
export interface PoseFrame {
	/** Frame capture time, ms (monotonic clock of the page). */
	t: number;
	landmarks: Landmark[];
	world?: Landmark[];
}

/** A segmentation mask at reduced resolution: one byte a pixel, 0 background .. 255 person. */
export interface PoseMask {
	width: number;
	height: number;
	data: Uint8Array;
}

/** Where the camera must look from for an exercise. */
export type CameraView = 'side' | 'front';
/** What the person's body does in the exercise: lie/kneel on the floor or stand. */
export type BodyPlacement = 'floor' | 'standing';

export interface SetupRequirement {
	view: CameraView;
	placement: BodyPlacement;
}

export type SetupCheckId = 'whole-body' | 'view' | 'distance' | 'light' | 'steady';

export interface SetupCheck {
	id: SetupCheckId;
	/** null: not judged yet (not enough data). */
	pass: boolean | null;
	/** Short, speakable advice. */
	message: string;
}
