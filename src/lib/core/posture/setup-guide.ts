/**
 * The camera setup assistant's logic: where to put the tablet for the exercise ahead, and the
 * live checks in order. For floor work the person first shows their face (the detector finds a
 * face far more surely than a body lying on the floor; tracking then follows them down), then
 * lies down.
 */
import { distanceCheck, personBox, viewCheck, wholeBodyCheck } from './setup-checks';
import {
	backgroundMotion,
	lightCheck,
	lightStats,
	steadyCheck,
	type LumaFrame
} from './setup-light';
import { LM, type Landmark, type SetupCheck, type SetupRequirement } from './setup-types';

export type SetupPhase = 'show-face' | 'position' | 'ready';

export interface SetupSample {
	landmarks: Landmark[] | null;
	frameWidth: number;
	frameHeight: number;
	/** A small greyscale copy of the frame, when one was taken (about twice a second). */
	luma?: LumaFrame | null;
}

export interface SetupState {
	phase: SetupPhase;
	/** What to do now, one sentence, speakable. */
	prompt: string;
	checks: SetupCheck[];
}

/** Where to put the tablet, before the camera starts. */
export function placementAdvice(need: SetupRequirement): string {
	if (need.placement === 'floor' && need.view === 'side') {
		return 'Put the tablet on the floor 2 to 3 metres from your mat, propped up low, looking at your side. Landscape works best.';
	}
	if (need.placement === 'floor') {
		return 'Put the tablet on the floor 2 to 3 metres in front of you, propped up low, so it sees your front in the side plank.';
	}
	const side = need.view === 'side' ? 'your side' : 'you from the front';
	return `Stand the tablet at about waist height, 2 to 3 metres away, looking at ${side}. Portrait works best.`;
}

/** The face is found: nose and both eyes clearly seen. */
export function faceShown(lm: readonly Landmark[] | null): boolean {
	if (!lm) return false;
	return [LM.nose, LM.leftEye, LM.rightEye].every((i) => (lm[i]?.visibility ?? 0) >= 0.8);
}

export class SetupGuide {
	readonly need: SetupRequirement;
	#phase: SetupPhase;
	#prevLuma: LumaFrame | null = null;
	#motions: number[] = [];
	#light: SetupCheck = { id: 'light', pass: null, message: 'Checking the light.' };
	#passes = 0;

	/**
	 * `tracking`: the camera is already following the person (a later exercise of the session),
	 * so the face-first step for floor work is not needed again.
	 */
	constructor(need: SetupRequirement, options: { tracking?: boolean } = {}) {
		this.need = need;
		this.#phase = need.placement === 'floor' && !options.tracking ? 'show-face' : 'position';
	}

	/** Feeds one analysed frame; returns where the setup stands. */
	update(sample: SetupSample): SetupState {
		const lm = sample.landmarks;
		if (sample.luma) this.#measureLight(sample.luma, lm);
		if (this.#phase === 'show-face') {
			if (!faceShown(lm)) {
				return {
					phase: 'show-face',
					prompt: 'First, kneel facing the tablet so it can see your face.',
					checks: []
				};
			}
			this.#phase = 'position';
		}
		const { frameWidth: w, frameHeight: h } = sample;
		const checks = [
			wholeBodyCheck(lm),
			viewCheck(lm, this.need, w, h),
			distanceCheck(lm, w, h),
			this.#light,
			steadyCheck(this.#motions)
		];
		const failing = checks.find((c) => c.pass === false);
		const allPass = checks.every((c) => c.pass === true);
		// Three good frames in a row, so one lucky frame does not end the setup.
		this.#passes = allPass ? this.#passes + 1 : 0;
		if (this.#passes >= 3) this.#phase = 'ready';
		else if (this.#phase === 'ready' && !allPass) this.#phase = 'position';
		const prompt =
			this.#phase === 'ready'
				? 'All set. You can start.'
				: (failing?.message ??
					(this.need.placement === 'floor' ? this.#lieDown() : 'Hold still while I check.'));
		return { phase: this.#phase, prompt, checks };
	}

	#lieDown(): string {
		return this.need.view === 'side'
			? 'Now lie down on your mat, side-on to the tablet.'
			: 'Now get into position, facing the tablet.';
	}

	#measureLight(luma: LumaFrame, lm: Landmark[] | null): void {
		const box = personBox(lm);
		this.#light = lightCheck(lightStats(luma, box));
		if (this.#prevLuma) {
			const motion = backgroundMotion(this.#prevLuma, luma, box);
			if (motion !== null) this.#motions = [...this.#motions.slice(-9), motion];
		}
		this.#prevLuma = luma;
	}
}

/** The setup an exercise needs, from its starting position and camera view; null: no camera. */
export function requirementFor(exercise: {
	position: string;
	camera: 'side' | 'front' | 'none';
}): SetupRequirement | null {
	if (exercise.camera === 'none') return null;
	const upright = exercise.position === 'standing' || exercise.position === 'sitting';
	return { view: exercise.camera, placement: upright ? 'standing' : 'floor' };
}
