/** Per-exercise rules on hand-set measures, above all for the exercises no dev clip shows. */
import { describe, expect, it } from 'vitest';
import { Baselines } from '../baseline';
import type { Calibration } from '../calibration';
import { standing, T } from '../eval/synthetic';
import { Measures } from '../measures';
import { deg, torso } from '../units';
import { modelFrame, runFrames } from '../testing';
import { CHECKED_EXERCISES, FAULT_CODES, rulesFor, type RuleContext } from './index';

const measures = (over: Partial<Measures>): Measures =>
	Object.assign(new Measures(), { present: true, coreSeen: true, ...over });
const context = (over: Partial<RuleContext> = {}): RuleContext => ({
	now: 0,
	baselines: new Baselines(),
	calibration: null,
	repPhase: null,
	repSpeed: NaN,
	repTop: NaN,
	repRisingUntil: NaN,
	repPeak: NaN,
	maskPixel: 0.04,
	...over
});
const check = (exercise: string, code: string) => {
	const c = rulesFor(exercise)?.checks.find((x) => x.code === code);
	if (!c) throw new Error(`${exercise} has no ${code}`);
	return c;
};

describe('the exercises and their fault codes (a contract)', () => {
	it('are the issue’s, for every camera-checked exercise', () => {
		const want: Record<string, string[]> = {
			'supine-brace': ['back-arched', 'hips-lifted'],
			'pelvic-tilt': ['too-fast'],
			'standing-brace': ['back-arched', 'chest-out', 'leaning-forward', 'pelvis-tipped-forward'],
			'glute-bridge': ['back-overarched', 'hips-low'],
			'dead-bug': ['back-arched', 'too-fast'],
			'bird-dog': ['arm-too-high', 'back-sagging', 'leg-too-high'],
			'side-plank-knees': ['hips-sagging'],
			'side-plank': ['hips-sagging'],
			'curl-up': ['back-arched', 'head-too-high'],
			'knees-to-chest': [],
			'hamstring-stretch': ['knee-bent'],
			'braced-walking': ['chest-out', 'pelvis-tipped-forward']
		};
		expect([...CHECKED_EXERCISES].sort()).toEqual(Object.keys(want).sort());
		for (const id of CHECKED_EXERCISES) {
			const r = rulesFor(id)!;
			const codes = [...r.checks.map((c) => c.code), ...(r.reps?.tooFast ? ['too-fast'] : [])];
			expect(codes.sort(), id).toEqual(want[id]);
			for (const c of codes) expect(FAULT_CODES).toContain(c);
			expect(r.view).toBe(id.startsWith('side-plank') ? 'front' : 'side');
			expect(r.positionCue.length).toBeGreaterThan(10);
		}
		expect(rulesFor('tai-chi')).toBeUndefined();
	});
});

describe('rules without a dev clip', () => {
	it('side planks: the hips sagging below the shoulder line, judged facing the camera only', () => {
		const plank = check('side-plank', 'hips-sagging');
		const knees = check('side-plank-knees', 'hips-sagging');
		expect(
			plank.severity(measures({ view: 'front', hipSag: torso(0.2) }), context())
		).toBeGreaterThan(1);
		expect(
			plank.severity(measures({ view: 'front', hipSag: torso(0.05) }), context())
		).toBeLessThan(0.75);
		expect(plank.severity(measures({ view: 'side', hipSag: torso(0.3) }), context())).toBeNaN();
		// The kneeling plank's line goes to the knees, not the feet.
		const m = measures({ view: 'front', hipSag: torso(0), hipSagKnee: torso(0.2) });
		expect(knees.severity(m, context())).toBeGreaterThan(1);
		expect(plank.severity(m, context())).toBe(0);
	});

	it('curl-up: the head lifted well over its rest height strains the neck', () => {
		const head = check('curl-up', 'head-too-high');
		const ctx = context();
		ctx.baselines.head.update(0, 0.05);
		const lying = { posture: 'lying' as const };
		expect(head.severity(measures({ ...lying, headLift: torso(0.3) }), ctx)).toBeGreaterThanOrEqual(
			1
		);
		expect(head.severity(measures({ ...lying, headLift: torso(0.15) }), ctx)).toBeLessThan(0.75);
		expect(head.severity(measures({ ...lying, headLift: torso(0.3) }), context())).toBeNaN();
	});

	it('knees to chest: in position under 75 degrees at the hip, out over 90, unsure between', () => {
		const r = rulesFor('knees-to-chest')!;
		expect(r.inPosition!(measures({ hipAngle: deg(60) }))).toBe(true);
		expect(r.inPosition!(measures({ hipAngle: deg(100) }))).toBe(false);
		expect(r.inPosition!(measures({ hipAngle: deg(82) }))).toBeNull();
		expect(r.inPosition!(measures({ hipAngle: deg(60), coreSeen: false }))).toBeNull();
	});

	it('hamstring stretch: the raised knee bent past 150 degrees, once a leg is raised', () => {
		const r = rulesFor('hamstring-stretch')!;
		const bent = check('hamstring-stretch', 'knee-bent');
		const raised = { posture: 'lying' as const, raisedLeg: true };
		expect(bent.severity(measures({ ...raised, raisedKnee: deg(140) }), context())).toBeGreaterThan(
			1
		);
		expect(bent.severity(measures({ ...raised, raisedKnee: deg(172) }), context())).toBeLessThan(
			0.75
		);
		expect(bent.severity(measures({ posture: 'lying', raisedLeg: false }), context())).toBeNaN();
		expect(r.inPosition!(measures({ raisedLeg: false }))).toBe(false);
		expect(r.inPosition!(measures({ raisedLeg: true }))).toBe(true);
	});

	it('braced walking: counts steps as the leading foot changes, and judges the chest', () => {
		const frames = [];
		for (let i = 0; i < 50; i++) {
			const t = i * 100;
			const lead = Math.floor(t / 600) % 2 ? 1 : -1;
			const s = standing(1, 0);
			const step = 0.2 * T * lead;
			const skeleton = {
				...s,
				ankle: { x: s.ankle.x + step, y: s.ankle.y },
				heel: { x: s.heel.x + step, y: s.heel.y },
				toe: { x: s.toe.x + step, y: s.toe.y },
				farAnkle: { x: s.ankle.x - step, y: s.ankle.y }
			};
			frames.push(modelFrame(t, skeleton, 'left'));
		}
		const { summary } = runFrames('braced-walking', frames);
		// Nine changes of the leading foot in 5 s (every 600 ms); the first sets the lead.
		expect(summary.reps).toBe(8);
		expect(summary.faults).toEqual([]);
		expect(
			check('braced-walking', 'chest-out').severity(
				measures({ posture: 'standing', forward: 1, lean: deg(-10) }),
				context()
			)
		).toBeGreaterThan(1);
	});
});

describe('calibrated and wrong-position rules', () => {
	it('judges the chest against the person’s own relaxed lean', () => {
		const chest = check('standing-brace', 'chest-out');
		const m = measures({ posture: 'standing', forward: 1, lean: deg(-8) });
		expect(chest.severity(m, context())).toBeGreaterThan(1);
		const calibration: Calibration = {
			version: 1,
			posture: 'standing',
			relaxed: { floorGap: null, backHollow: 0.05, lean: -5 },
			braced: { floorGap: null, backHollow: 0.02, lean: -4 }
		};
		expect(chest.severity(m, context({ calibration }))).toBeLessThan(0.75);
	});

	it('cannot judge a standing check lying down, or a lying check standing (NaN, not a fault)', () => {
		const lyingM = measures({ posture: 'lying', forward: 1, lean: deg(-30), maskUsable: true });
		for (const code of ['chest-out', 'leaning-forward', 'pelvis-tipped-forward', 'back-arched'])
			expect(check('standing-brace', code).severity(lyingM, context()), code).toBeNaN();
		const standingM = measures({ posture: 'standing', floorGap: torso(0.3), maskUsable: true });
		expect(check('supine-brace', 'back-arched').severity(standingM, context())).toBeNaN();
		expect(check('supine-brace', 'hips-lifted').severity(standingM, context())).toBeNaN();
		const kneel = measures({
			posture: 'lying',
			legStraightness: deg(170),
			legElevation: deg(40)
		});
		expect(check('bird-dog', 'leg-too-high').severity(kneel, context())).toBeNaN();
	});
});
