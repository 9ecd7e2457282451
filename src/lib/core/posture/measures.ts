/**
 * Per-frame measures, in frame pixels made relative to the person's torso: angles in degrees,
 * lengths in torso lengths. NaN means "not measurable in this frame" (joint not seen, mask
 * missing); the rules turn that into "unknown", never into a fault.
 */
import { Body, SIDES, type BodySide } from './body';
import type { PostureFrame } from './frame';
import { along, dist, elevation, fromVertical, jointAngle, lineOffset, type Vec } from './geometry';
import { hullDepth, Profile, sampleProfile, type ProfileSpan } from './outline';
import { LM } from './setup-types';
import { deg, torso, type Degrees, type TorsoLengths } from './units';

/** Visibility from which a joint counts as seen. Far-side joints in a side view sit below it. */
export const SEEN = 0.5;
/** Far-side legs are still placed well enough to follow a movement (not to judge form). */
const PLACED = 0.3;

export type Posture = 'lying' | 'kneeling' | 'standing' | 'unknown';
export type View = 'side' | 'front' | 'unsure';
/** Which outline measures an exercise needs (each costs a mask profile). */
export type OutlineNeed = 'floor-gap' | 'back-hollow' | 'top-sag';

/** Where the lower back lies along the torso axis (hip 0, shoulder 1), with room for the buttocks. */
const LYING_SPAN: ProfileSpan = { from: -0.35, to: 1.05, measureFrom: 0.1, measureTo: 0.7 };
const STANDING_SPAN: ProfileSpan = { from: -0.45, to: 1.0, measureFrom: 0.05, measureTo: 0.6 };
const KNEELING_SPAN: ProfileSpan = { from: -0.3, to: 1.05, measureFrom: 0.1, measureTo: 0.75 };

const DOWN: Vec = { x: 0, y: 1 };
const BOTH = ['left', 'right'] as const;
const KNEES = [LM.leftKnee, LM.rightKnee] as const;
const ANKLES = [LM.leftAnkle, LM.rightAnkle] as const;
/**
 * The wrists, not the elbows: hands resting on the belly put the elbows by the waist, on the
 * floor, yet the gap stays in view; a hand down by the side is what fills it.
 */
const ARM_JOINTS = [LM.leftWrist, LM.rightWrist] as const;
const UP: Vec = { x: 0, y: -1 };

export class Measures {
	present = false;
	side: BodySide = 'left';
	/** Near shoulder to near hip, px. */
	torsoPx = 0;
	/** Shoulder and hip breadth over torso length: under about 0.35 side-on, over 0.45 facing. */
	facing = NaN;
	view: View = 'unsure';
	posture: Posture = 'unknown';
	/** +1 when the person faces +x in the frame (toes and nose), -1 the other way, 0 unsure. */
	forward = 0;
	/** Near shoulder, hip, knee seen well enough to judge. */
	coreSeen = false;

	/** Standing: trunk (hip -> shoulder) from the vertical, positive leaning forward. */
	lean = deg(NaN);
	/** Lying: how far the hip is above the shoulder, as the torso's elevation (hip up positive). */
	lift = deg(NaN);
	/** Shoulder-hip-knee, signed from straight: positive with the hips above the line. */
	hipLine = deg(NaN);
	/** Shoulder-hip-knee, unsigned (small when the knees are drawn to the chest). */
	hipAngle = deg(NaN);
	kneeAngle = deg(NaN);
	/** The straighter leg's knee angle, either side (dead bug, bird dog, hamstring stretch). */
	legStraightness = deg(NaN);
	/** Which side that straighter leg is on. */
	straightLeg: BodySide = 'left';
	/** Elevation of the straighter leg (hip -> ankle) above the horizontal. */
	legElevation = deg(NaN);
	/** Elevation of the higher arm (shoulder -> wrist) above the horizontal. */
	armElevation = deg(NaN);
	/** Curl-up: the ear's height above the torso axis, torso lengths. */
	headLift = torso(NaN);
	/** Side plank: hip below the shoulder -> ankle line (towards the floor), torso lengths. */
	hipSag = torso(NaN);
	/** The same, to the knee line (side plank on the knees). */
	hipSagKnee = torso(NaN);
	/** A leg is raised (thigh well above the horizontal): the hamstring stretch. */
	raisedLeg = false;
	/** The raised leg's knee angle. */
	raisedKnee = deg(NaN);
	/** Ankles apart along the facing direction, torso lengths, signed (left ahead positive). */
	stride = torso(NaN);

	/** Lying: gap under the lower back from the mask, torso lengths. */
	floorGap = torso(NaN);
	/** Standing: hollow of the lower back below the upper back - buttocks line. */
	backHollow = torso(NaN);
	/** Standing: hollow of the belly below the chest - thigh line (small when the belly pushes out). */
	frontHollow = torso(NaN);
	/** Hands and knees: dip of the back below the line from pelvis to upper back. */
	topSag = torso(NaN);
	/** Lying: an arm lies along the side, between the camera and the lower back's gap. */
	armsInTheWay = false;
	/** A mask came with this frame and covered the torso. */
	maskUsable = false;
}

const mid = (a: Vec, b: Vec, out: Vec) => {
	out.x = (a.x + b.x) / 2;
	out.y = (a.y + b.y) / 2;
	return out;
};

/** Turns frames into Measures. Owns its buffers: one per engine, reused every frame. */
export class Measurer {
	readonly body = new Body();
	readonly m = new Measures();
	#profile = new Profile();
	#towards: Vec = { x: 0, y: 0 };
	#scratch: Vec = { x: 0, y: 0 };
	#scratch2: Vec = { x: 0, y: 0 };

	reset(): void {
		this.body.reset();
		this.m.present = false;
	}

	measure(frame: PostureFrame, needs: readonly OutlineNeed[]): Measures {
		const m = this.m;
		const lm = frame.landmarks;
		m.present = lm !== null && lm.length >= 33;
		if (!lm || !m.present) return m;
		const b = this.body;
		b.set(lm, frame.width, frame.height);
		const p = b.p;
		const v = b.vis;
		const n = b.near;
		const shoulder = p[n.shoulder]!;
		const hip = p[n.hip]!;
		const knee = p[n.knee]!;
		const ankle = p[n.ankle]!;
		m.side = b.side;
		m.torsoPx = dist(shoulder, hip);
		m.coreSeen = v[n.shoulder]! >= SEEN && v[n.hip]! >= SEEN && v[n.knee]! >= SEEN && m.torsoPx > 8;
		m.facing = this.#facing();
		m.view = m.facing <= 0.35 ? 'side' : m.facing >= 0.45 ? 'front' : 'unsure';
		m.forward = this.#forward();
		m.posture = this.#posture();

		const T = m.torsoPx || 1;
		m.lean = deg(m.forward === 0 ? NaN : fromVertical(hip, shoulder) * m.forward);
		m.lift = elevation(shoulder, hip);
		m.hipAngle = jointAngle(shoulder, hip, knee);
		// Above the shoulder-knee line means towards the top of the frame.
		const above = lineOffset(hip, shoulder, knee) * Math.sign(knee.x - shoulder.x || 1) < 0;
		m.hipLine = deg((180 - m.hipAngle) * (above ? 1 : -1));
		m.kneeAngle = jointAngle(hip, knee, ankle);
		this.#legs(T);
		this.#arms();
		const ear = v[n.ear]! >= PLACED ? p[n.ear]! : p[LM.nose]!;
		m.headLift = torso((-lineOffset(ear, hip, shoulder) * Math.sign(shoulder.x - hip.x || 1)) / T);
		m.hipSag = torso(this.#hipSag(T, 'ankle'));
		m.hipSagKnee = torso(this.#hipSag(T, 'knee'));
		m.stride = torso(((p[SIDES.left.ankle]!.x - p[SIDES.right.ankle]!.x) * (m.forward || 1)) / T);
		this.#outline(frame, needs);
		return m;
	}

	/**
	 * Shoulder and hip breadth over torso length (as setup-checks' facingRatio, without the
	 * garbage): small side-on, large facing the camera, lying or standing alike.
	 */
	#facing(): number {
		const p = this.body.p;
		const ls = p[LM.leftShoulder]!;
		const rs = p[LM.rightShoulder]!;
		const lh = p[LM.leftHip]!;
		const rh = p[LM.rightHip]!;
		const torsoLen = Math.hypot((ls.x + rs.x - lh.x - rh.x) / 2, (ls.y + rs.y - lh.y - rh.y) / 2);
		return torsoLen < 1 ? NaN : (dist(ls, rs) + dist(lh, rh)) / (2 * torsoLen);
	}

	/** Facing direction from the near foot (heel to toe) and the head (ear to nose). */
	#forward(): number {
		const { p, vis, near } = this.body;
		let vote = 0;
		if (vis[near.heel]! >= PLACED && vis[near.toe]! >= PLACED)
			vote += p[near.toe]!.x - p[near.heel]!.x;
		if (vis[LM.nose]! >= PLACED && vis[near.ear]! >= PLACED) vote += p[LM.nose]!.x - p[near.ear]!.x;
		const T = this.m.torsoPx || 1;
		return vote > 0.04 * T ? 1 : vote < -0.04 * T ? -1 : 0;
	}

	/** Lying, on hands and knees, or standing, from the trunk's slope and where the knees are. */
	#posture(): Posture {
		const { p, near } = this.body;
		const m = this.m;
		if (!m.coreSeen) return 'unknown';
		const slope = Math.abs(elevation(p[near.hip]!, p[near.shoulder]!));
		if (slope >= 55) return 'standing';
		if (slope > 40) return 'unknown';
		// On hands and knees a knee is well below the hips (the other may reach back, level);
		// lying, both are level with them or above.
		const { vis } = this.body;
		let kneeBelow = -Infinity;
		for (const k of KNEES) {
			if (vis[k]! >= PLACED) kneeBelow = Math.max(kneeBelow, p[k]!.y - p[near.hip]!.y);
		}
		return kneeBelow / (m.torsoPx || 1) > 0.45 ? 'kneeling' : 'lying';
	}

	#legs(T: number): void {
		const { p, vis } = this.body;
		const m = this.m;
		let best = -1;
		for (const side of BOTH) {
			const s = SIDES[side];
			if (vis[s.knee]! < PLACED || vis[s.ankle]! < PLACED) continue;
			const a = jointAngle(p[s.hip]!, p[s.knee]!, p[s.ankle]!);
			// A leg bent at the knee can still reach out: prefer the one whose ankle is farther.
			const reach = a + (20 * dist(p[s.hip]!, p[s.ankle]!)) / T;
			if (reach > best) {
				best = reach;
				m.straightLeg = side;
				m.legStraightness = a;
				m.legElevation = elevation(p[s.hip]!, p[s.ankle]!);
			}
		}
		if (best < 0) {
			m.legStraightness = deg(NaN);
			m.legElevation = deg(NaN);
		}
		// The raised leg: the thigh pointing up well above the floor.
		m.raisedLeg = false;
		m.raisedKnee = deg(NaN);
		let highest = 35;
		for (const side of BOTH) {
			const s = SIDES[side];
			if (vis[s.knee]! < PLACED || vis[s.ankle]! < PLACED) continue;
			const up = elevation(p[s.hip]!, p[s.knee]!);
			if (up > highest) {
				highest = up;
				m.raisedLeg = true;
				m.raisedKnee = jointAngle(p[s.hip]!, p[s.knee]!, p[s.ankle]!);
			}
		}
	}

	#arms(): void {
		const { p, vis } = this.body;
		let high = -Infinity;
		for (const side of BOTH) {
			const s = SIDES[side];
			if (vis[s.wrist]! < PLACED || vis[s.shoulder]! < PLACED) continue;
			high = Math.max(high, elevation(p[s.shoulder]!, p[s.wrist]!));
		}
		this.m.armElevation = deg(Number.isFinite(high) ? high : NaN);
	}

	/** Positive when the hip sits below the shoulder -> ankle line, towards the floor. */
	#hipSag(T: number, to: 'knee' | 'ankle'): number {
		const { p, vis } = this.body;
		const s = mid(p[LM.leftShoulder]!, p[LM.rightShoulder]!, this.#scratch);
		const h = mid(p[LM.leftHip]!, p[LM.rightHip]!, this.#scratch2);
		const [l, r] = to === 'knee' ? KNEES : ANKLES;
		const a = p[vis[l]! >= vis[r]! ? l : r]!;
		const t = along(h, s, a);
		return (h.y - (s.y + (a.y - s.y) * t)) / T;
	}

	#outline(frame: PostureFrame, needs: readonly OutlineNeed[]): void {
		const m = this.m;
		m.floorGap = torso(NaN);
		m.backHollow = torso(NaN);
		m.frontHollow = torso(NaN);
		m.topSag = torso(NaN);
		m.maskUsable = false;
		m.armsInTheWay = false;
		const mask = frame.mask;
		if (!mask || !m.coreSeen || needs.length === 0) return;
		const { p, near } = this.body;
		const hip = p[near.hip]!;
		const shoulder = p[near.shoulder]!;
		const prof = this.#profile;
		const W = frame.width;
		const H = frame.height;
		for (const need of needs) {
			if (need === 'floor-gap') {
				m.armsInTheWay = this.#armsAlongside(hip, shoulder);
				sampleProfile(mask, W, H, hip, shoulder, DOWN, LYING_SPAN, prof);
				m.floorGap = torso(hullDepth(prof, LYING_SPAN));
			} else if (need === 'top-sag') {
				sampleProfile(mask, W, H, hip, shoulder, UP, KNEELING_SPAN, prof);
				m.topSag = torso(hullDepth(prof, KNEELING_SPAN));
			} else if (m.forward !== 0) {
				const t = this.#towards;
				t.x = -m.forward;
				t.y = 0;
				sampleProfile(mask, W, H, hip, shoulder, t, STANDING_SPAN, prof);
				m.backHollow = torso(hullDepth(prof, STANDING_SPAN));
				t.x = m.forward;
				sampleProfile(mask, W, H, hip, shoulder, t, STANDING_SPAN, prof);
				m.frontHollow = torso(hullDepth(prof, STANDING_SPAN));
			}
			if (prof.coverage >= 0.5) m.maskUsable = true;
		}
	}

	/**
	 * Lying on the back, an arm resting along the side (the wrist between hip and shoulder, at or
	 * below the torso's midline) fills the gap under the lower back in the camera's view.
	 */
	#armsAlongside(hip: Vec, shoulder: Vec): boolean {
		const { p, vis } = this.body;
		const T = this.m.torsoPx || 1;
		const downSign = Math.sign(shoulder.x - hip.x || 1); // lineOffset > 0 is "down" left to right
		for (const j of ARM_JOINTS) {
			if (vis[j]! < PLACED) continue;
			const q = p[j]!;
			const s = along(q, hip, shoulder);
			const below = (lineOffset(q, hip, shoulder) * downSign) / T;
			// A hand by the side rests by the hip or thigh, the forearm across the waist.
			if (s > -0.35 && s < 0.85 && below > -0.08) return true;
		}
		return false;
	}
}

export type { Degrees, TorsoLengths };
