/** Exercise catalogue types: the data a physiotherapist reviews and the player and camera key on. */

/** Starting position of an exercise. */
export type BodyPosition =
	| 'supine-hook-lying'
	| 'side-lying'
	| 'four-point-kneeling'
	| 'standing'
	| 'sitting'
	| 'half-kneeling';

/** Where a camera sees the exercise best; 'none' means the camera is not used for it. */
export type ExerciseCameraView = 'side' | 'front' | 'none';

export const POSTURE_CHECKS = [
	'flat-back',
	'pelvis-tucked',
	'chest-down',
	'hips-level',
	'hip-height',
	'knees-bent',
	'arms-position',
	'trunk-still',
	'body-line',
	'head-neutral',
	'knees-to-chest',
	'leg-straight'
] as const;
/** What the posture engine judges; each camera-checked exercise lists the ones that apply. */
export type PostureCheckId = (typeof POSTURE_CHECKS)[number];

/**
 * Where the arms go. Arms resting by the sides hide the lower-back gap from a side camera, so
 * camera-checked floor exercises never use 'by-sides'.
 */
export type ArmPlacement =
	| 'hands-on-belly'
	| 'arms-to-ceiling'
	| 'hands-under-back'
	| 'arms-crossed-chest'
	| 'hands-behind-knees'
	| 'holding-towel'
	| 'elbow-under-shoulder'
	| 'hands-under-shoulders'
	| 'arms-forward'
	| 'free'
	| 'by-sides';

export type Muscle =
	| 'deep-abdominals'
	| 'abdominals'
	| 'obliques'
	| 'glutes'
	| 'hip-abductors'
	| 'hip-flexors'
	| 'hamstrings'
	| 'quadriceps'
	| 'hip-rotators'
	| 'diaphragm'
	| 'back-extensors';

export type ExerciseCategory = 'relief' | 'brace' | 'strength' | 'mobility';

/**
 * hold: timed holds with a relax between them; reps: counted repetitions at a set tempo;
 * timed: one continuous period (walking, breathing).
 */
export type ExerciseMode = 'hold' | 'reps' | 'timed';

/** none: both sides together; each: every set is done on the left, then the right; alternate: reps or holds alternate sides. */
export type Sidedness = 'none' | 'each' | 'alternate';

export interface Dose {
	sets: number;
	/** Holds (hold mode) or repetitions (reps mode) per set, per side; always 1 in timed mode. */
	reps: number;
	/** Seconds of each hold, or of the whole set in timed mode; 0 in reps mode. */
	holdSeconds: number;
	restSeconds: number;
	/** Descending pyramid: each set has 2 fewer reps than the one before (never below 1). */
	descending?: boolean;
}

export interface Exercise {
	id: string;
	name: string;
	category: ExerciseCategory;
	purpose: string;
	position: BodyPosition;
	mode: ExerciseMode;
	sided: Sidedness;
	/** Seconds per repetition in reps mode: slow on purpose. */
	repSeconds?: number;
	instructions: string[];
	/** 2-4 short phrases the player speaks during the work. */
	cues: string[];
	/**
	 * Paced by slow breaths (BREATH in timing.ts): the lines said as each breath in and each
	 * breath out begins, in turn, instead of the cues. A breathing guide shows the same pace.
	 */
	breathing?: { in: string[]; out: string[] };
	mistakes: string[];
	safety: string[];
	/** Starting dose and the most the program ever asks for; the ladder between them is computed. */
	dose: Dose;
	maxDose: Dose;
	easier?: string;
	harder?: string;
	camera: ExerciseCameraView;
	checks: PostureCheckId[];
	arms: ArmPlacement;
	strengthens: Muscle[];
	stretches: Muscle[];
}
