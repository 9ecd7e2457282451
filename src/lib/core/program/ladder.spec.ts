import { describe, expect, it } from 'vitest';
import { EXERCISES, getExercise } from './catalogue';
import {
	chainId,
	doseSteps,
	ladderFor,
	lastLevelOf,
	repsInSet,
	stepAt,
	stepBackLevel,
	STEP_BACK_LEVELS
} from './ladder';

const volume = (d: { sets: number; reps: number; holdSeconds: number }) =>
	d.sets * d.reps * Math.max(1, d.holdSeconds);

describe('dose ladder', () => {
	it('runs from the starting dose to the maximum, one small change per step', () => {
		for (const e of EXERCISES) {
			const steps = doseSteps(e);
			expect(steps[0]).toEqual(e.dose);
			expect(steps[steps.length - 1]).toEqual(e.maxDose);
			for (let i = 1; i < steps.length; i++) {
				const [a, b] = [steps[i - 1], steps[i]];
				if (!a || !b) throw new Error('missing step');
				const changed = (['sets', 'reps', 'holdSeconds'] as const).filter((k) => a[k] !== b[k]);
				expect(changed, e.id).toHaveLength(1);
				expect(volume(b), e.id).toBeGreaterThan(volume(a));
			}
		}
	});

	it('grows brace holds a second at a time from 5 to 10 s', () => {
		const holds = [...new Set(doseSteps(getExercise('supine-brace')).map((d) => d.holdSeconds))];
		expect(holds).toEqual([5, 6, 7, 8, 9, 10]);
	});

	it('chains variants: the ladder moves to the harder variant after the easier one tops out', () => {
		const ladder = ladderFor('dead-bug');
		expect(chainId('dead-bug')).toBe('dead-bug-arms');
		expect(ladder[0]?.exerciseId).toBe('dead-bug-arms');
		expect(ladder[ladder.length - 1]?.exerciseId).toBe('dead-bug');
		const firstLegs = ladder.findIndex((s) => s.exerciseId === 'dead-bug-legs');
		expect(ladder[firstLegs - 1]?.dose).toEqual(getExercise('dead-bug-arms').maxDose);
		expect(ladder[firstLegs]?.dose).toEqual(getExercise('dead-bug-legs').dose);
		expect(lastLevelOf('dead-bug', 'dead-bug-arms')).toBe(firstLegs - 1);
	});

	it('clamps levels to the ladder', () => {
		expect(stepAt('glute-bridge', -4).dose).toEqual(getExercise('glute-bridge').dose);
		expect(stepAt('glute-bridge', 999).exerciseId).toBe('single-leg-bridge');
	});

	it('steps back to an easier variant from a harder one, and lower doses otherwise', () => {
		const ladder = ladderFor('glute-bridge');
		const singleLeg = ladder.findIndex((s) => s.exerciseId === 'single-leg-bridge');
		const back = stepBackLevel('glute-bridge', singleLeg + 1);
		expect(stepAt('glute-bridge', back).exerciseId).toBe('glute-bridge');
		expect(back).toBe(lastLevelOf('glute-bridge', 'glute-bridge') - 2);
		expect(stepBackLevel('supine-brace', 6)).toBe(6 - STEP_BACK_LEVELS);
		expect(stepBackLevel('supine-brace', 1)).toBe(0);
	});

	it('builds descending pyramids for the curl-up', () => {
		const dose = { sets: 3, reps: 5, holdSeconds: 10, restSeconds: 20, descending: true };
		expect([0, 1, 2].map((i) => repsInSet(dose, i))).toEqual([5, 3, 1]);
		expect(repsInSet({ ...dose, reps: 3 }, 2)).toBe(1);
		expect(repsInSet({ ...dose, descending: false }, 2)).toBe(5);
	});
});
