/**
 * Traces from the kinematic body model with truth known by construction: a lying brace whose
 * lower back lifts a known gap, bridges of known height, a standing figure leaning or hollowing
 * its back by known amounts, dead-bug reaches. Schedules are smooth (hold, move, hold), the truth
 * marks the holds and leaves the moves between them unlabelled, as the rendered clips do.
 */
import type { PoseTrace, TraceFrame } from '../trace';
import { drawFrame, FRAME, polar, type Pt, type Skeleton } from './body-model';
import type { Labelled, Truth } from './variations';

/** Torso length of the model, px (frame 480x360). */
export const T = 92;

/** A piecewise schedule of [ms, value] knots, eased between them. */
function schedule(knots: [number, number][]): (t: number) => number {
	return (t) => {
		if (t <= knots[0]![0]) return knots[0]![1];
		for (let i = 1; i < knots.length; i++) {
			const [t1, v1] = knots[i]!;
			const [t0, v0] = knots[i - 1]!;
			if (t <= t1) {
				const u = (t - t0) / (t1 - t0 || 1);
				return v0 + (v1 - v0) * (0.5 - 0.5 * Math.cos(Math.PI * u));
			}
		}
		return knots.at(-1)![1];
	};
}

/** A trace of body-model frames in the model's frame size. */
export function modelTrace(exercise: string | null, frames: TraceFrame[]): PoseTrace {
	return {
		format: 'brace-pose-trace',
		version: 1,
		exercise,
		width: FRAME.width,
		height: FRAME.height,
		frames
	};
}

/** Frame times 0..ms at `fps`, whole ms. */
export function times(ms: number, fps: number): number[] {
	const out: number[] = [];
	for (let t = 0; t <= ms; t += 1000 / fps) out.push(Math.round(t));
	return out;
}

/** An angle measured from the horizontal towards the feet (up positive), on screen. */
const feet = (facing: 1 | -1, deg: number) => (facing === 1 ? 180 - deg : deg);

/** The knee where thigh and shin meet, feet on the floor (the upper of two solutions). */
function knee(hip: Pt, ankle: Pt, thigh: number, shin: number): Pt {
	const d = Math.min(Math.hypot(ankle.x - hip.x, ankle.y - hip.y), thigh + shin - 1);
	const a = (thigh * thigh - shin * shin + d * d) / (2 * d);
	const h = Math.sqrt(Math.max(0, thigh * thigh - a * a));
	const ux = (ankle.x - hip.x) / d;
	const uy = (ankle.y - hip.y) / d;
	const mx = hip.x + a * ux;
	const my = hip.y + a * uy;
	const p1 = { x: mx - h * uy, y: my + h * ux };
	const p2 = { x: mx + h * uy, y: my - h * ux };
	return p1.y < p2.y ? p1 : p2;
}

const FLOOR = 250;

function upperBody(facing: 1 | -1, shoulder: Pt) {
	const elbow = polar(shoulder, 0.5 * T, facing === 1 ? 15 : 165);
	return {
		head: { x: shoulder.x + 0.4 * T * facing, y: shoulder.y - 0.05 * T },
		shoulder,
		elbow,
		wrist: polar(elbow, 0.45 * T, facing === 1 ? 8 : 172)
	};
}

/** Hook-lying, head towards +x (facing 1) or -x, feet flat; the hips lifted `lift` px (a bridge). */
export function hookLying(facing: 1 | -1, lift = 0): Skeleton {
	const r = 0.19 * T;
	const shoulder: Pt = { x: 240 + 0.5 * T * facing, y: FLOOR - r };
	const restHip: Pt = { x: shoulder.x - T * facing, y: FLOOR - r };
	const restKnee = polar(restHip, 0.85 * T, feet(facing, 55));
	const ankle = polar(restKnee, 0.8 * T, feet(facing, -70));
	// The trunk pivots at the shoulders; the hip keeps its distance from them.
	const up = Math.asin(Math.min(0.9, lift / T));
	const hip: Pt = { x: shoulder.x - T * Math.cos(up) * facing, y: shoulder.y - T * Math.sin(up) };
	const k = knee(hip, ankle, 0.85 * T, 0.8 * T);
	return {
		...upperBody(facing, shoulder),
		hip,
		knee: k,
		ankle,
		heel: { x: ankle.x, y: ankle.y + 6 },
		toe: { x: ankle.x - 0.25 * T * facing, y: ankle.y + 6 },
		facing
	};
}

/** Dead bug: hips and knees at 90 degrees; `out` 0..1 reaches the near or far leg out long. */
export function deadBugPose(facing: 1 | -1, nearOut: number, farOut: number): Skeleton {
	const r = 0.19 * T;
	const shoulder: Pt = { x: 240 + 0.5 * T * facing, y: FLOOR - r };
	const hip: Pt = { x: shoulder.x - T * facing, y: FLOOR - r };
	const leg = (out: number) => {
		const thigh = 90 - 65 * out;
		const kneeAngle = 90 + 88 * out;
		const k = polar(hip, 0.85 * T, feet(facing, thigh));
		return { knee: k, ankle: polar(k, 0.8 * T, feet(facing, thigh - (180 - kneeAngle))) };
	};
	const near = leg(nearOut);
	const far = leg(farOut);
	const body = upperBody(facing, shoulder);
	return {
		...body,
		wrist: polar(body.shoulder, 0.9 * T, 85),
		elbow: polar(body.shoulder, 0.45 * T, 85),
		hip,
		knee: near.knee,
		ankle: near.ankle,
		heel: near.ankle,
		toe: polar(near.ankle, 0.2 * T, feet(facing, 0)),
		farKnee: far.knee,
		farAnkle: far.ankle,
		facing
	};
}

/** Standing side-on; `lean` tips the trunk forward (degrees, negative leans back). */
export function standing(facing: 1 | -1, lean: number): Skeleton {
	const ankle: Pt = { x: 240, y: 330 };
	const knee: Pt = { x: 240, y: 330 - 0.95 * T };
	const hip: Pt = { x: 240 - 2 * facing, y: knee.y - 0.95 * T };
	const shoulder = polar(hip, T, 90 - lean * facing);
	const elbow = polar(shoulder, 0.5 * T, -90 + 5 * facing);
	return {
		head: polar(shoulder, 0.35 * T, 90 - (lean + 5) * facing),
		shoulder,
		elbow,
		wrist: polar(elbow, 0.45 * T, -90 + 15 * facing),
		hip,
		knee,
		ankle,
		heel: { x: ankle.x - 0.08 * T * facing, y: ankle.y + 6 },
		toe: { x: ankle.x + 0.25 * T * facing, y: ankle.y + 6 },
		facing
	};
}

function labelled(
	name: string,
	exercise: string,
	frames: TraceFrame[],
	truth: Omit<Truth, 'exercise' | 'wrongView'>
): Labelled {
	return {
		name,
		trace: modelTrace(exercise, frames),
		truth: { exercise, wrongView: false, ...truth }
	};
}

/** The brace lying down: flat, then the lower back lifts `gapCm`-equivalent px, then flat again. */
function supine(facing: 1 | -1, gap: number, fps: number): Labelled {
	const g = schedule([
		[0, 0],
		[1500, 0],
		[2300, gap],
		[4300, gap],
		[5100, 0],
		[6500, 0]
	]);
	const frames = times(6500, fps).map((t) =>
		drawFrame(t, hookLying(facing), facing === 1 ? 'left' : 'right', { backGap: g(t) })
	);
	const arched = gap >= 0.1 * T;
	return labelled(
		`synthetic-supine-gap${Math.round((100 * gap) / T)}-${facing}-${fps}fps`,
		'supine-brace',
		frames,
		{
			reps: null,
			faults: arched ? [{ code: 'back-arched', start: 2300, end: 4300 }] : [],
			goodIntervals: arched
				? [
						{ start: 0, end: 1500 },
						{ start: 5100, end: 6500 }
					]
				: [{ start: 0, end: 6500 }]
		}
	);
}

/** Bridges: each rep rises to `tops[i]` px of hip lift and holds; lift under about a third of a full bridge is short. */
function bridges(facing: 1 | -1, tops: number[], fps: number): Labelled {
	const knots: [number, number][] = [
		[0, 0],
		[800, 0]
	];
	const faults: Truth['faults'] = [];
	const good: Truth['goodIntervals'] = [];
	let t = 800;
	const full = 0.45 * T;
	for (const top of tops) {
		knots.push([t + 700, top], [t + 2200, top], [t + 2900, 0], [t + 3600, 0]);
		if (top < 0.6 * full) faults.push({ code: 'hips-low', start: t + 700, end: t + 2200 });
		else good.push({ start: t + 700, end: t + 2200 });
		t += 3600;
	}
	const lift = schedule(knots);
	const frames = times(t, fps).map((ms) =>
		drawFrame(ms, hookLying(facing, lift(ms)), facing === 1 ? 'left' : 'right')
	);
	return labelled(
		`synthetic-bridge-${tops.length}reps-${facing}-${fps}fps`,
		'glute-bridge',
		frames,
		{
			reps: tops.length,
			faults,
			goodIntervals: faults.length ? good : [{ start: 0, end: t }]
		}
	);
}

/** Standing: upright, then a held lean (degrees) with an optional back hollow (px), then upright. */
function stand(
	facing: 1 | -1,
	lean: number,
	hollow: number,
	code: string | null,
	fps: number
): Labelled {
	const l = schedule([
		[0, 0],
		[1200, 0],
		[2000, lean],
		[4000, lean],
		[4800, 0],
		[6000, 0]
	]);
	const h = schedule([
		[0, 0],
		[1200, 0],
		[2000, hollow],
		[4000, hollow],
		[4800, 0],
		[6000, 0]
	]);
	const frames = times(6000, fps).map((t) =>
		drawFrame(t, standing(facing, l(t)), facing === 1 ? 'left' : 'right', { backHollow: h(t) })
	);
	return labelled(
		`synthetic-stand-${code ?? 'good'}-${facing}-${fps}fps`,
		'standing-brace',
		frames,
		{
			reps: null,
			faults: code ? [{ code, start: 2000, end: 4000 }] : [],
			goodIntervals: code
				? [
						{ start: 0, end: 1200 },
						{ start: 4800, end: 6000 }
					]
				: [{ start: 0, end: 6000 }]
		}
	);
}

/** Dead bug: `reps` alternating reaches, each 1.6 s out and back, flat back throughout. */
function deadBug(facing: 1 | -1, reps: number, fps: number): Labelled {
	const near: [number, number][] = [[0, 0]];
	const far: [number, number][] = [[0, 0]];
	for (let i = 0; i < reps; i++) {
		const at = 600 + i * 1800;
		const k = i % 2 ? far : near;
		k.push([at, 0], [at + 600, 1], [at + 1000, 1], [at + 1600, 0]);
	}
	const a = schedule(near);
	const b = schedule(far);
	const end = 600 + reps * 1800;
	const frames = times(end, fps).map((t) =>
		drawFrame(t, deadBugPose(facing, a(t), b(t)), facing === 1 ? 'left' : 'right')
	);
	return labelled(`synthetic-deadbug-${reps}reps-${facing}-${fps}fps`, 'dead-bug', frames, {
		reps,
		faults: [],
		goodIntervals: [{ start: 0, end }]
	});
}

export function syntheticSet(): Labelled[] {
	return [
		supine(1, 0.02 * T, 15),
		supine(-1, 0.16 * T, 12),
		supine(1, 0.2 * T, 24),
		bridges(1, [0.45 * T, 0.45 * T, 0.45 * T], 15),
		bridges(-1, [0.45 * T, 0.12 * T, 0.45 * T, 0.12 * T], 20),
		stand(1, 0, 0, null, 15),
		stand(-1, 15, 0, 'leaning-forward', 12),
		stand(1, -13, 0, 'chest-out', 20),
		deadBug(1, 4, 15),
		deadBug(-1, 6, 24)
	];
}
