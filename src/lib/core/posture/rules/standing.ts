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
	/** Bottom pushed back: the lower back hollows past a natural curve (torso lengths)... */
	pelvisHollow: 0.095,
	/** ...or deepens this much past the person's usual while upright. */
	pelvisDeepens: 0.025,
	/** An arch (sway): the lower back hollowed at least this much... */
	archHollow: 0.07,
	/** ...with the belly pushed forward: its own hollow between chest and thighs under this. */
	bellyOut: 0.06,
	/** A mask coarser than this (pixel, torso lengths) cannot show the belly's line: not judged. */
	finestPixel: 0.08
} as const;

const standing = (m: Measures) => m.posture === 'standing' && m.forward !== 0;

/** Upright lean, corrected by the person's own relaxed lean when calibrated. */
const lean = (m: Measures, ctx: RuleContext) => m.lean - (ctx.calibration?.relaxed.lean ?? 0);

/** A mask pixel's worth of slack: a coarse outline cannot show finer detail than that. */
const slack = (ctx: RuleContext, v: number, pixels: number) => Math.max(v, pixels * ctx.maskPixel);

/** How clearly the lower back hollows for a bottom pushed back: 1 at the threshold. */
function pelvisHollowing(m: Measures, ctx: RuleContext): number {
	const usual = ctx.baselines.hollow.value;
	const deeper = Number.isFinite(usual) ? (m.backHollow - usual) / STANDING.pelvisDeepens : 0;
	return Math.max(m.backHollow / slack(ctx, STANDING.pelvisHollow, 1.2), deeper);
}

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
		return Math.min(lean(m, ctx) / STANDING.pelvisLeanDeg, pelvisHollowing(m, ctx));
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
		if (!standing(m) || !m.maskUsable || ctx.maskPixel > STANDING.finestPixel) return NaN;
		const braced = ctx.calibration?.braced.backHollow;
		const at = braced == null ? STANDING.archHollow : Math.max(STANDING.archHollow, braced + 0.04);
		// The belly pushed forward: the front's own hollow between chest and thighs is gone.
		const belly = STANDING.bellyOut / Math.max(m.frontHollow, 0.01);
		return Math.min(m.backHollow / at, belly);
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
