import { describe, expect, it } from 'vitest';
import { EXERCISES, getExercise } from '../program/catalogue';
import { figureAt, JOINTS, keyPoses, type Figure } from '../program/keyframes';
import { keyframesFor } from '../program/keyframes-data';
import { BREATH } from '../program/timing';
import { demoPose, forSide } from './clip';
import { demoDrawing, keyPositions } from './drawing';
import { displayBox, fillOf } from './frame';

/** How far apart two positions look: the furthest any joint is from its place in the other. */
function apart(a: Figure, b: Figure): number {
	const joints = Math.max(
		...JOINTS.map((j) => Math.hypot(a.joints[j].x - b.joints[j].x, a.joints[j].y - b.joints[j].y))
	);
	// A change of the back's curve or the belly is drawn at about 0.02 of the frame per unit.
	const shape = Math.max(
		Math.abs(a.shape.lumbar - b.shape.lumbar),
		Math.abs(a.shape.belly - b.shape.belly)
	);
	return Math.max(joints, shape * 0.02);
}

const positions = (id: string) => {
	const e = getExercise(id);
	return keyPositions(keyframesFor(id), e.sided, null, e.mode === 'hold');
};
const figureOfStill = (id: string, index: number): Figure => {
	const still = keyPoses(keyframesFor(id))[index];
	if (!still) throw new Error(`No keyframe ${index} for ${id}`);
	return still;
};

describe('demonstrations', () => {
	it('gives every exercise at least two key positions that differ from each other', () => {
		for (const e of EXERCISES) {
			const stills = positions(e.id);
			expect(stills.length, e.id).toBeGreaterThanOrEqual(2);
			for (const a of stills)
				for (const b of stills)
					if (a.index < b.index)
						expect(
							apart(figureOfStill(e.id, a.index), figureOfStill(e.id, b.index)),
							`${e.id} ${a.index} vs ${b.index}`
						).toBeGreaterThan(0.01);
		}
	});

	it('never gives two exercises the same moved position', () => {
		const moved = EXERCISES.flatMap((e) =>
			positions(e.id)
				.filter((p) => p.index > 0)
				.map((p) => ({ id: e.id, figure: figureOfStill(e.id, p.index) }))
		);
		for (const a of moved)
			for (const b of moved)
				if (a.id < b.id)
					expect(apart(a.figure, b.figure), `${a.id} vs ${b.id}`).toBeGreaterThan(0.01);
	});

	it('frames every key position to fill at least 70 % of a landscape or portrait box', () => {
		for (const e of EXERCISES) {
			for (const still of positions(e.id)) {
				for (const aspect of [16 / 9, 1, 3 / 4]) {
					const box = displayBox(still.drawing, aspect);
					expect(
						fillOf(still.drawing.bounds, box),
						`${e.id} ${still.index} at ${aspect}`
					).toBeGreaterThanOrEqual(0.7);
				}
			}
		}
	});

	it('labels the start and the position to hold', () => {
		expect(positions('supine-brace').map((p) => p.role)).toEqual(['Start', 'Hold']);
		expect(positions('bird-dog').map((p) => p.role)).toEqual(['Start', 'Hold', 'Hold']);
		expect(positions('pelvic-tilt').map((p) => p.role)).toEqual(['Start', 'Then']);
	});

	it('marks what moves: the lower back for the tilt, the belly for the brace, the thighs for knees to chest', () => {
		const marked = (id: string) => positions(id)[1]?.drawing.marks;
		expect(marked('pelvic-tilt')?.parts.has('lowerBack')).toBe(true);
		expect(marked('supine-brace')?.parts.has('belly')).toBe(true);
		expect(marked('knees-to-chest')?.parts.has('thigh')).toBe(true);
		expect(marked('glute-bridge')?.parts.has('pelvis')).toBe(true);
		for (const id of ['pelvic-tilt', 'supine-brace', 'knees-to-chest', 'bird-dog'])
			expect(marked(id)?.arrow, id).not.toBeNull();
		// The start is drawn plain; only the positions reached are marked.
		expect(positions('supine-brace')[0]?.drawing.marks.arrow).toBeNull();
	});

	it('shows the side the person is on: the other leg seen from the side, mirrored lying on the side', () => {
		const bridge = keyframesFor('single-leg-bridge');
		const right = forSide(bridge, 'each', 'right');
		expect(right.mirrored).toBe(false);
		expect(right.sequence.frames[0]?.angles.thighFar).toBe(bridge.frames[0]?.angles.thigh);
		const plank = forSide(keyframesFor('side-plank'), 'each', 'right');
		expect(plank.mirrored).toBe(true);
		expect(
			demoDrawing(keyframesFor('side-plank'), 'each', 'left', { kind: 'start' }).mirrored
		).toBe(false);
		expect(forSide(keyframesFor('bird-dog'), 'alternate', 'right').mirrored).toBe(false);
	});

	it('moves with the set: into the hold and stays, one rep there and back', () => {
		const tilt = keyframesFor('pelvic-tilt');
		const start = demoPose(tilt, 'none', null, { kind: 'start' }).figure;
		const held = demoPose(tilt, 'none', null, { kind: 'hold', elapsedMs: 60_000 }).figure;
		expect(held.shape.lumbar).toBeLessThan(start.shape.lumbar);
		const rep = (u: number) =>
			demoPose(tilt, 'none', null, { kind: 'rep', elapsedMs: u * 5000, ms: 5000 }).figure;
		expect(rep(0).shape.lumbar).toBeCloseTo(start.shape.lumbar);
		expect(rep(0.5).shape.lumbar).toBeLessThan(start.shape.lumbar);
		expect(rep(0.999).shape.lumbar).toBeCloseTo(start.shape.lumbar, 1);
		// Alternating: a left rep moves the near arm, a right rep the far one.
		const bug = keyframesFor('dead-bug-arms');
		const left = demoPose(bug, 'alternate', 'left', { kind: 'rep', elapsedMs: 2500, ms: 5000 });
		const right = demoPose(bug, 'alternate', 'right', { kind: 'rep', elapsedMs: 2500, ms: 5000 });
		expect(left.to).toBe(1);
		expect(right.to).toBe(3);
	});

	it('breathes in step with the breathing guide: the belly is highest as the breath in ends', () => {
		const breathing = keyframesFor('diaphragmatic-breathing');
		const belly = (t: number) => figureAt(breathing, t).shape.belly;
		expect(belly(BREATH.inMs)).toBeGreaterThan(belly(BREATH.inMs / 2));
		expect(belly(BREATH.inMs)).toBeGreaterThan(belly(BREATH.inMs + BREATH.outMs / 2));
		expect(belly(BREATH.inMs + BREATH.outMs - 1)).toBeLessThan(belly(BREATH.inMs / 2));
	});
});
