/**
 * One frame's landmarks in frame pixels, with the near side chosen. The engine keeps one Body and
 * refills it every frame (no allocation); rules read points through `near`/`far` indices.
 */
import type { Vec } from './geometry';
import { LANDMARK_COUNT, LM, type Landmark } from './setup-types';

export type BodySide = 'left' | 'right';

/** Landmarks used for the near-side choice and by the rules, per side. */
export interface SideIndex {
	ear: number;
	shoulder: number;
	elbow: number;
	wrist: number;
	hip: number;
	knee: number;
	ankle: number;
	heel: number;
	toe: number;
}

export const SIDES: Record<BodySide, SideIndex> = {
	left: {
		ear: LM.leftEar,
		shoulder: LM.leftShoulder,
		elbow: LM.leftElbow,
		wrist: LM.leftWrist,
		hip: LM.leftHip,
		knee: LM.leftKnee,
		ankle: LM.leftAnkle,
		heel: LM.leftHeel,
		toe: LM.leftFootIndex
	},
	right: {
		ear: LM.rightEar,
		shoulder: LM.rightShoulder,
		elbow: LM.rightElbow,
		wrist: LM.rightWrist,
		hip: LM.rightHip,
		knee: LM.rightKnee,
		ankle: LM.rightAnkle,
		heel: LM.rightHeel,
		toe: LM.rightFootIndex
	}
};

const SIDE_JOINTS = ['shoulder', 'elbow', 'hip', 'knee', 'ankle'] as const;

/** How much clearer one side must look before the near side flips (avoids flicker). */
const SIDE_SWITCH_MARGIN = 0.6;

export class Body {
	readonly p: Vec[] = Array.from({ length: LANDMARK_COUNT }, () => ({ x: 0, y: 0 }));
	readonly vis = new Float64Array(LANDMARK_COUNT);
	readonly z = new Float64Array(LANDMARK_COUNT);
	width = 0;
	height = 0;
	side: BodySide = 'left';
	near: SideIndex = SIDES.left;
	far: SideIndex = SIDES.right;
	#fresh = true;

	/** Refills from normalised landmarks and keeps or changes the near side. */
	set(landmarks: readonly Landmark[], width: number, height: number): void {
		this.width = width;
		this.height = height;
		for (let i = 0; i < LANDMARK_COUNT; i++) {
			const l = landmarks[i]!;
			const p = this.p[i]!;
			p.x = l.x * width;
			p.y = l.y * height;
			this.vis[i] = l.visibility;
			this.z[i] = l.z;
		}
		const score = this.sideScore();
		if (this.#fresh) this.#use(score >= 0 ? 'left' : 'right');
		else if (score > SIDE_SWITCH_MARGIN) this.#use('left');
		else if (score < -SIDE_SWITCH_MARGIN) this.#use('right');
	}

	/**
	 * Positive when the left side is the nearer: visibility of the side's joints, plus depth (z is
	 * smaller nearer the camera; scaled so a torso's width of depth counts about one joint).
	 */
	sideScore(): number {
		let s = 0;
		for (const j of SIDE_JOINTS) {
			const l = SIDES.left[j];
			const r = SIDES.right[j];
			s += this.vis[l]! - this.vis[r]!;
			s += 2 * (this.z[r]! - this.z[l]!);
		}
		return s;
	}

	/** Starts a new track: the side is chosen afresh. */
	reset(): void {
		this.#fresh = true;
	}

	#use(side: BodySide): void {
		this.#fresh = false;
		this.side = side;
		this.near = SIDES[side];
		this.far = SIDES[side === 'left' ? 'right' : 'left'];
	}
}
