/**
 * Rules for the standing brace and braced walking, filmed side-on. The trunk's lean comes from
 * the landmarks; the lower back's hollow and the belly's line from the mask's outline.
 */
import type { Measures } from '../measures';
import type { CheckSpec, ExerciseRules, RuleContext } from './types';

export const STANDING = {
	/** Shoulders behind the hips: the trunk leans back this far (degrees) from upright. */
	chestOutDeg: 7,
	/** The trunk tips forward this far. */
	leanForwardDeg: 8.5,
	/** With the bottom pushed back the trunk tips forward less, and the lower back hollows. */
	pelvisLeanDeg: 6,
	/** The lower back's hollow, torso lengths, beyond a natural curve... */
	hollow: 0.095,
	/** ...and with the belly pushed forward (its own hollow gone) for an arch. */
	bellyOut: 0.06
} as const;

const standing = (m: Measures) => m.posture === 'standing' && m.forward !== 0;

/** Upright lean, corrected by the person's own relaxed lean when calibrated. */
const lean = (m: Measures, ctx: RuleContext) => m.lean - (ctx.calibration?.relaxed.lean ?? 0);

const hollowAt = (ctx: RuleContext) => {
	const relaxed = ctx.calibration?.relaxed.backHollow;
	const base = relaxed === null || relaxed === undefined ? STANDING.hollow : relaxed + 0.04;
	return Math.max(base, 1.6 * ctx.maskPixel);
};

export const CHEST_OUT: CheckSpec = {
	code: 'chest-out',
	priority: 3,
	part: 'chest',
	cue: 'Let your chest come down a little',
	severity: (m, ctx) => (standing(m) ? -lean(m, ctx) / STANDING.chestOutDeg : NaN)
};

export const PELVIS_FORWARD: CheckSpec = {
	code: 'pelvis-tipped-forward',
	priority: 2,
	part: 'hips',
	cue: 'Tuck your pelvis under: bring your tailbone forward',
	usesOutline: true,
	severity: (m, ctx) => {
		if (!standing(m) || !m.maskUsable) return NaN;
		const tipped = lean(m, ctx) / STANDING.pelvisLeanDeg;
		const hollow = m.backHollow / hollowAt(ctx);
		return Math.min(tipped, hollow);
	}
};

const LEANING: CheckSpec = {
	code: 'leaning-forward',
	priority: 2,
	part: 'trunk',
	cue: 'Stand up tall: shoulders over your hips',
	yieldsTo: ['pelvis-tipped-forward'],
	severity: (m, ctx) => (standing(m) ? lean(m, ctx) / STANDING.leanForwardDeg : NaN)
};

const ARCHED: CheckSpec = {
	code: 'back-arched',
	priority: 1,
	part: 'back',
	cue: 'Tuck your pelvis and let your lower back flatten',
	usesOutline: true,
	yieldsTo: ['chest-out', 'pelvis-tipped-forward', 'leaning-forward'],
	severity: (m, ctx) => {
		if (!standing(m) || !m.maskUsable) return NaN;
		const hollow = m.backHollow / hollowAt(ctx);
		// The belly pushed forward: the front's own hollow between chest and thighs is gone.
		const belly = STANDING.bellyOut / Math.max(m.frontHollow, 0.01);
		return Math.min(hollow, belly);
	}
};

export const STANDING_BRACE: ExerciseRules = {
	id: 'standing-brace',
	view: 'side',
	postures: ['standing'],
	outline: ['back-hollow'],
	checks: [CHEST_OUT, PELVIS_FORWARD, LEANING, ARCHED],
	positionCue: 'Stand side-on to the tablet, feet hip-width apart'
};

export const BRACED_WALKING: ExerciseRules = {
	id: 'braced-walking',
	view: 'side',
	postures: ['standing'],
	outline: ['back-hollow'],
	checks: [CHEST_OUT, PELVIS_FORWARD],
	steps: true,
	positionCue: 'Walk across in front of the tablet, side-on to it'
};
