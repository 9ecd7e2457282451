import { describe, expect, it } from 'vitest';
import { traceFrame } from './analyze';
import { Body } from './body';
import { type Skeleton } from './eval/body-model';
import { loadClips } from './eval/clips';
import { hookLying, standing, T } from './eval/synthetic';
import { mirror } from './eval/variations';
import type { PostureFrame } from './frame';
import { jointAngle } from './geometry';
import { Measurer, type Measures, type OutlineNeed } from './measures';
import { lyingSide, standingFront, standingSide } from './setup-fixtures';
import { LM, type Landmark } from './setup-types';
import { blankLandmarks, modelFrame, sideOf } from './testing';

const ALL: OutlineNeed[] = ['floor-gap', 'back-hollow', 'top-sag'];
const measure = (f: PostureFrame, needs: readonly OutlineNeed[] = ALL) =>
	({ ...new Measurer().measure(f, needs) }) as Measures;
const frame = (landmarks: Landmark[], width = 640, height = 480): PostureFrame => ({
	t: 0,
	landmarks,
	width,
	height
});

/** Landmarks for the near-side choice: the side's five joints at `vis` and depth `z`. */
function sides(left: { vis: number; z: number }, right: { vis: number; z: number }) {
	const lm = blankLandmarks();
	const joints = ['Shoulder', 'Elbow', 'Hip', 'Knee', 'Ankle'] as const;
	for (const j of joints) {
		lm[LM[`left${j}`]] = { x: 0.5, y: 0.5, z: left.z, visibility: left.vis };
		lm[LM[`right${j}`]] = { x: 0.5, y: 0.5, z: right.z, visibility: right.vis };
	}
	return lm;
}

describe('the near side', () => {
	it('is the side whose joints are more visible', () => {
		const b = new Body();
		b.set(sides({ vis: 0.95, z: 0 }, { vis: 0.3, z: 0 }), 640, 480);
		expect(b.side).toBe('left');
		expect(b.near.hip).toBe(LM.leftHip);
		expect(b.far.hip).toBe(LM.rightHip);
		const c = new Body();
		c.set(sides({ vis: 0.3, z: 0 }, { vis: 0.95, z: 0 }), 640, 480);
		expect(c.side).toBe('right');
		expect(c.near.knee).toBe(LM.rightKnee);
	});

	it('is the nearer side by depth when both are as visible', () => {
		const b = new Body();
		b.set(sides({ vis: 0.9, z: 0.2 }, { vis: 0.9, z: -0.2 }), 640, 480);
		expect(b.side).toBe('right');
		expect(b.sideScore()).toBeCloseTo(-4, 10);
	});

	it('does not flicker on a near tie, and changes once the other side is clearly nearer', () => {
		const b = new Body();
		b.set(sides({ vis: 0.95, z: 0 }, { vis: 0.3, z: 0 }), 640, 480);
		for (let i = 0; i < 5; i++) {
			b.set(sides({ vis: 0.55, z: 0 }, { vis: 0.6, z: 0 }), 640, 480);
			expect(b.side).toBe('left');
			b.set(sides({ vis: 0.6, z: 0 }, { vis: 0.55, z: 0 }), 640, 480);
			expect(b.side).toBe('left');
		}
		b.set(sides({ vis: 0.4, z: 0 }, { vis: 0.6, z: 0 }), 640, 480);
		expect(b.side).toBe('right');
		// A new track chooses afresh, even on a small lead.
		b.reset();
		b.set(sides({ vis: 0.6, z: 0 }, { vis: 0.55, z: 0 }), 640, 480);
		expect(b.side).toBe('left');
	});

	it('is reported by the measures', () => {
		for (const facing of [1, -1] as const) {
			const m = measure(modelFrame(0, hookLying(facing), sideOf(facing)));
			expect(m.side).toBe(sideOf(facing));
		}
	});
});

describe('view and posture', () => {
	it('tells side-on from facing by the shoulders and hips breadth over the torso', () => {
		const front = measure(frame(standingFront()));
		expect(front.facing).toBeGreaterThan(0.45);
		expect(front.view).toBe('front');
		for (const lm of [standingSide(), lyingSide()]) {
			const m = measure(frame(lm));
			expect(m.facing).toBeLessThan(0.35);
			expect(m.view).toBe('side');
		}
		expect(measure(modelFrame(0, hookLying(1), 'left')).view).toBe('side');
	});

	it('tells lying, standing and kneeling apart', () => {
		expect(measure(modelFrame(0, hookLying(1), 'left')).posture).toBe('lying');
		expect(measure(modelFrame(0, hookLying(-1), 'right')).posture).toBe('lying');
		expect(measure(modelFrame(0, standing(1, 0), 'left')).posture).toBe('standing');
		expect(measure(modelFrame(0, standing(-1, 20), 'right')).posture).toBe('standing');
		expect(measure(modelFrame(0, kneeling(), 'left')).posture).toBe('kneeling');
	});

	it('does not guess the posture of a trunk at 45 degrees or of a body it cannot see', () => {
		const s = hookLying(1);
		const slanted = { ...s, shoulder: { x: s.hip.x + 0.7 * T, y: s.hip.y - 0.7 * T } };
		expect(measure(modelFrame(0, slanted, 'left')).posture).toBe('unknown');
		const lm = modelFrame(0, s, 'left').landmarks!.map((p) => ({ ...p }));
		lm[LM.leftKnee]!.visibility = 0.2;
		const m = measure(frame(lm, 480, 360));
		expect(m.coreSeen).toBe(false);
		expect(m.posture).toBe('unknown');
		expect(m.floorGap).toBeNaN();
	});
});

/** On hands and knees, side-on, facing +x. */
function kneeling(): Skeleton {
	const hip = { x: 200, y: 200 };
	const shoulder = { x: 200 + T, y: 200 };
	return {
		head: { x: shoulder.x + 0.35 * T, y: 195 },
		shoulder,
		elbow: { x: shoulder.x, y: 240 },
		wrist: { x: shoulder.x, y: 285 },
		hip,
		knee: { x: 200, y: 285 },
		ankle: { x: 120, y: 290 },
		heel: { x: 120, y: 285 },
		toe: { x: 100, y: 292 },
		facing: 1
	};
}

describe('landmark measures', () => {
	it('signs the shoulder-hip-knee line: hips above it positive, below negative, either way', () => {
		for (const facing of [1, -1] as const) {
			const s = hookLying(facing);
			// Halfway between shoulder and knee, 20 px above or below their line.
			const mid = { x: (s.shoulder.x + s.knee.x) / 2, y: (s.shoulder.y + s.knee.y) / 2 };
			for (const dy of [-20, 20]) {
				const hip = { x: mid.x, y: mid.y + dy };
				const m = measure(modelFrame(0, { ...s, hip }, sideOf(facing)));
				const bend = 180 - jointAngle(s.shoulder, hip, s.knee);
				expect(m.hipLine).toBeCloseTo(dy < 0 ? bend : -bend, 6);
			}
			// At rest the hips lie well below the line; a full bridge brings them up to it.
			expect(measure(modelFrame(0, s, sideOf(facing))).hipLine).toBeLessThan(-40);
			const bridge = measure(modelFrame(0, hookLying(facing, 0.45 * T), sideOf(facing)));
			expect(Math.abs(bridge.hipLine)).toBeLessThan(15);
		}
	});

	it('signs the trunk lean by the way the person faces: forward positive, back negative', () => {
		for (const facing of [1, -1] as const) {
			for (const lean of [12, -10, 0]) {
				const m = measure(modelFrame(0, standing(facing, lean), sideOf(facing)));
				expect(m.forward).toBe(facing);
				expect(m.lean).toBeCloseTo(lean, 6);
			}
		}
	});

	it('measures the hips lifted off the floor as the trunk slope from the shoulders', () => {
		expect(measure(modelFrame(0, hookLying(1), 'left')).lift).toBeCloseTo(0, 6);
		const up = measure(modelFrame(0, hookLying(-1, 0.2 * T), 'right')).lift;
		expect(up).toBeCloseTo((Math.asin(0.2) * 180) / Math.PI, 6);
	});
});

describe('arms in the way of the lower back', () => {
	const withArms = (elbow: { x: number; y: number }, wrist: { x: number; y: number }) => {
		const s = hookLying(1);
		const at = (a: number, up: number) => ({
			x: s.hip.x + a * (s.shoulder.x - s.hip.x),
			y: s.hip.y - up * T
		});
		return measure(
			modelFrame(0, { ...s, elbow: at(elbow.x, elbow.y), wrist: at(wrist.x, wrist.y) }, 'left'),
			['floor-gap']
		);
	};

	it('are there with the arms along the sides', () => {
		expect(withArms({ x: 0.55, y: 0 }, { x: 0.1, y: -0.02 }).armsInTheWay).toBe(true);
	});

	it('are not with the hands on the belly or the arms overhead', () => {
		expect(withArms({ x: 0.95, y: 0.1 }, { x: 0.4, y: 0.3 }).armsInTheWay).toBe(false);
		expect(measure(modelFrame(0, hookLying(1), 'left'), ['floor-gap']).armsInTheWay).toBe(false);
	});
});

describe('mask measures', () => {
	it('are NaN without a mask, or when no outline was asked for', () => {
		const f = modelFrame(0, hookLying(1), 'left', { backGap: 0.15 * T });
		const noMask = measure({ ...f, mask: null });
		expect(noMask.floorGap).toBeNaN();
		expect(noMask.maskUsable).toBe(false);
		expect(measure(f, []).floorGap).toBeNaN();
		const m = measure(f, ['floor-gap']);
		expect(m.maskUsable).toBe(true);
		expect(m.floorGap).toBeGreaterThan(0.12);
		expect(m.backHollow).toBeNaN();
	});

	it('read the standing back hollow', () => {
		const flat = measure(modelFrame(0, standing(1, 0), 'left'), ['back-hollow']);
		const hollow = measure(modelFrame(0, standing(1, 0), 'left', { backHollow: 0.1 * T }), [
			'back-hollow'
		]);
		expect(flat.backHollow).toBeCloseTo(0, 6);
		expect(hollow.backHollow).toBeGreaterThan(0.06);
		expect(hollow.backHollow).toBeLessThan(0.12);
	});
});

describe('a mirrored recording', () => {
	const KEYS = [
		'facing',
		'lean',
		'lift',
		'hipLine',
		'hipAngle',
		'kneeAngle',
		'legElevation',
		'armElevation',
		'headLift',
		'hipSag',
		'floorGap',
		'backHollow',
		'frontHollow',
		'topSag'
	] as const;

	it('gives the same measures, with the near side swapped', () => {
		const clips = loadClips().filter((c) =>
			['dev_sup_arched_L', 'dev_sb_pelvis_R', 'dev_bd_legup_R'].includes(c.name)
		);
		expect(clips).toHaveLength(3);
		for (const clip of clips) {
			const flipped = mirror(clip).trace;
			const a = new Measurer();
			const b = new Measurer();
			clip.trace.frames.forEach((f, i) => {
				const m = { ...a.measure(traceFrame(clip.trace, f), ALL) } as Measures;
				const n = b.measure(traceFrame(flipped, flipped.frames[i]!), ALL);
				expect(n.side).not.toBe(m.side);
				expect([n.posture, n.view, n.armsInTheWay]).toEqual([m.posture, m.view, m.armsInTheWay]);
				expect(n.forward + m.forward).toBe(0);
				for (const k of KEYS) {
					if (Number.isNaN(m[k])) expect(n[k]).toBeNaN();
					else expect(n[k]).toBeCloseTo(m[k], 9);
				}
			});
		}
	});
});
