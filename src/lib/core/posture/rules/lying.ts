/**
 * Rules for exercises on the back, filmed side-on: the brace, the pelvic tilt, the dead bug, the
 * bridge, the curl-up, knees to chest and the hamstring stretch.
 */
import type { Measures } from '../measures';
import type { CheckSpec, ExerciseRules, RuleContext } from './types';

/** Lying thresholds, in the measures' units (torso lengths, degrees). */
export const LYING = {
	/** A lower-back gap under this is never an arch: a flat or naturally curved back. */
	archGap: 0.06,
	/** ...and it must also stand this far above the person's own flat back. */
	archOverFlat: 0.025,
	/** ...and be clear of the mask's own steps (pixels, at its resolution). */
	archPixels: 1.3,
	/** Hips lifted: the trunk tilts up from the shoulders by this much over rest. */
	hipsLiftDeg: 4,
	/** Bridge reps: the hips rise this far (shoulder-hip-knee line over rest) into a rep, and back under. */
	bridgeEnterDeg: 9,
	bridgeExitDeg: 5,
	/** Bridge top: the hip this far under the shoulder-knee line is short of it. */
	bridgeLowDeg: 17,
	/** ...and this far above it is pushing the back into an arch. */
	bridgeHighDeg: 14,
	/** The top is judged once the hips have not risen further (by 2.5 degrees) for this long. */
	bridgeSettledMs: 250,
	/** ...and are within this of the rep's highest. */
	bridgeTopBandDeg: 6,
	/** Dead bug: a leg reaching out straightens the knee past this (and back under the exit). */
	legOutDeg: 150,
	legInDeg: 125,
	/** Pelvic tilt: the gap changes by this much between a flat and a relaxed back. */
	tiltEnter: 0.04,
	tiltExit: 0.02,
	/** Curl-up: the head lifted this far over the trunk line (above rest) strains the neck. */
	headHigh: 0.22,
	/** Knees to chest: in position under this hip angle, out of it over the second. */
	kneesInDeg: 75,
	kneesOutDeg: 90,
	/** Hamstring stretch: the raised knee bent more than this. */
	kneeBentDeg: 150
} as const;

/** The person's flat back's gap: calibrated, or learnt during the set. */
const flatGap = (ctx: RuleContext) => ctx.calibration?.braced.floorGap ?? ctx.baselines.gap.value;

/** The arch threshold for this person and camera. */
function archThreshold(ctx: RuleContext): number {
	const flat = flatGap(ctx);
	const relaxed = ctx.calibration?.relaxed.floorGap ?? null;
	let at = Math.max(LYING.archGap, LYING.archPixels * ctx.maskPixel);
	if (Number.isFinite(flat)) at = Math.max(at, flat + LYING.archOverFlat);
	// Calibrated: an arch goes clearly past the person's own relaxed curve.
	if (relaxed !== null) at = Math.max(at, relaxed + 0.5 * LYING.archOverFlat);
	return at;
}

/**
 * How far from flat (0) to arched (1): measured from the person's flat back, so the fault clears
 * when the back comes back down to it, whatever the camera adds to the reading.
 */
function archSeverity(gap: number, ctx: RuleContext): number {
	const at = archThreshold(ctx);
	const flat = flatGap(ctx);
	const from = Number.isFinite(flat) ? Math.min(Math.max(0, flat), at - 0.01) : 0;
	return (gap - from) / (at - from);
}

const backArched = (cue: string): CheckSpec => ({
	code: 'back-arched',
	priority: 2,
	part: 'back',
	cue,
	usesOutline: true,
	yieldsTo: ['hips-lifted'],
	severity: (m, ctx) =>
		m.posture !== 'lying' || m.armsInTheWay || !m.maskUsable ? NaN : archSeverity(m.floorGap, ctx)
});

/** How far the hips are up from rest, degrees of trunk slope. */
const liftOverRest = (m: Measures, ctx: RuleContext) => {
	const rest = ctx.baselines.lift.value;
	return Number.isFinite(rest) ? m.lift - rest : NaN;
};

const hipsLifted: CheckSpec = {
	code: 'hips-lifted',
	priority: 3,
	part: 'hips',
	cue: 'Keep your buttocks on the floor',
	severity: (m, ctx) => (m.posture === 'lying' ? liftOverRest(m, ctx) / LYING.hipsLiftDeg : NaN)
};

export const SUPINE_BRACE: ExerciseRules = {
	id: 'supine-brace',
	view: 'side',
	postures: ['lying'],
	outline: ['floor-gap'],
	checks: [hipsLifted, backArched('Flatten your lower back into the floor')],
	positionCue: 'Lie on your back with your knees bent and your hands on your belly'
};

const tooFast = (what: string) => ({
	repMs: 450,
	periodMs: 700,
	cue: `Slow down: take your time over each ${what}`
});

export const PELVIC_TILT: ExerciseRules = {
	id: 'pelvic-tilt',
	view: 'side',
	postures: ['lying'],
	outline: ['floor-gap'],
	checks: [],
	reps: {
		// The gap above the person's flattest: rest is wherever they start, flat or relaxed.
		signal: (m, ctx) =>
			m.posture !== 'lying' || m.armsInTheWay || !m.maskUsable
				? NaN
				: m.floorGap - (ctx.baselines.gap.value || 0),
		enter: LYING.tiltEnter,
		exit: LYING.tiltExit,
		minTopMs: 0,
		peakMargin: 0,
		fromEitherEnd: true,
		tooFast: tooFast('tilt')
	},
	positionCue: 'Lie on your back with your knees bent and your hands on your belly'
};

export const DEAD_BUG: ExerciseRules = {
	id: 'dead-bug',
	view: 'side',
	postures: ['lying'],
	outline: ['floor-gap'],
	checks: [backArched('Keep your lower back pressed to the floor as the leg goes out')],
	reps: {
		signal: (m) => (m.posture === 'lying' ? m.legStraightness : NaN),
		enter: LYING.legOutDeg,
		exit: LYING.legInDeg,
		minTopMs: 100,
		peakMargin: 0,
		tooFast: tooFast('reach')
	},
	positionCue: 'Lie on your back, knees and hips bent, arms up to the ceiling'
};

/** How far the hips are up from rest on the shoulder-hip-knee line, degrees. */
const bridgeRise = (m: Measures, ctx: RuleContext) => {
	const rest = ctx.baselines.hipLine.value;
	return m.posture === 'lying' && Number.isFinite(rest) ? m.hipLine - rest : NaN;
};

/**
 * Bridge top: the hips have stopped rising, however slowly they got there, and are still up
 * near the rep's highest (coming down is the end of the rep, not a low bridge).
 */
const atBridgeTop = (m: Measures, ctx: RuleContext) =>
	ctx.repPhase === 'top' &&
	ctx.now - ctx.repRisingUntil >= LYING.bridgeSettledMs &&
	bridgeRise(m, ctx) >= ctx.repPeak - LYING.bridgeTopBandDeg;

export const GLUTE_BRIDGE: ExerciseRules = {
	id: 'glute-bridge',
	view: 'side',
	postures: ['lying'],
	outline: [],
	checks: [
		{
			code: 'back-overarched',
			priority: 3,
			part: 'back',
			cue: 'Lower your hips a little: shoulders, hips and knees in one line',
			severity: (m, ctx) => (ctx.repPhase === 'top' ? m.hipLine / LYING.bridgeHighDeg : 0)
		},
		{
			code: 'hips-low',
			priority: 2,
			part: 'hips',
			fromRepTop: true,
			cue: 'Lift your hips until they line up with your knees',
			// Judged at the top only: resting or rising, the hips are meant to be low.
			severity: (m, ctx) => (atBridgeTop(m, ctx) ? -m.hipLine / LYING.bridgeLowDeg : 0)
		}
	],
	reps: {
		signal: bridgeRise,
		enter: LYING.bridgeEnterDeg,
		exit: LYING.bridgeExitDeg,
		minTopMs: 200,
		peakMargin: 2.5,
		peakBand: LYING.bridgeTopBandDeg,
		// Short bridges are judged again on the rep's highest point, when the top was too brief
		// for the live check to settle: highest rise plus rest is the line angle at the top.
		atPeak: {
			check: 'hips-low',
			test: (peak, ctx) => peak + ctx.baselines.hipLine.value < -LYING.bridgeLowDeg
		}
	},
	positionCue: 'Lie on your back with your knees bent and your feet flat',
	holding: (_m, ctx) => ctx.repPhase === 'top'
};

export const CURL_UP: ExerciseRules = {
	id: 'curl-up',
	view: 'side',
	postures: ['lying'],
	outline: ['floor-gap'],
	checks: [
		{
			code: 'head-too-high',
			priority: 3,
			part: 'head',
			cue: 'Keep your chin off your chest: lift only your head and shoulders a little',
			severity: (m, ctx) => {
				const rest = ctx.baselines.head.value;
				return m.posture === 'lying' && Number.isFinite(rest)
					? (m.headLift - rest) / LYING.headHigh
					: NaN;
			}
		},
		backArched('Keep your lower back where it is: do not arch it')
	],
	positionCue: 'Lie on your back, one knee bent, hands under your lower back'
};

export const KNEES_TO_CHEST: ExerciseRules = {
	id: 'knees-to-chest',
	view: 'side',
	postures: ['lying'],
	outline: [],
	checks: [],
	inPosition: (m) =>
		Number.isNaN(m.hipAngle) || !m.coreSeen
			? null
			: m.hipAngle <= LYING.kneesInDeg
				? true
				: m.hipAngle >= LYING.kneesOutDeg
					? false
					: null,
	positionCue: 'Hug your knees in towards your chest'
};

export const HAMSTRING_STRETCH: ExerciseRules = {
	id: 'hamstring-stretch',
	view: 'side',
	postures: ['lying'],
	outline: [],
	checks: [
		{
			code: 'knee-bent',
			priority: 2,
			part: 'knee',
			cue: 'Straighten the raised knee as far as is comfortable',
			severity: (m) =>
				m.posture === 'lying' && m.raisedLeg
					? (180 - m.raisedKnee) / (180 - LYING.kneeBentDeg)
					: NaN
		}
	],
	inPosition: (m) => (m.coreSeen ? m.raisedLeg : null),
	positionCue: 'Lie on your back and raise one leg with the towel around your foot'
};
