/**
 * The goals on the whole evaluation set (`npm run eval:posture`): the dev clips, their
 * variations and the body model's synthetic traces. A regression here means the engine got worse
 * on movements it was not tuned on; run `npm run eval:posture -- --verbose` to see which.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTrace } from '../analyze';
import { loadClips } from './clips';
import { evaluationSet } from './dataset';
import { scoreTrace, totals } from './score';
import { syntheticSet } from './synthetic';

describe('the posture evaluation', () => {
	it('meets the goals: reps, hold time, fault precision and recall, no fault in good form', () => {
		const set = [...evaluationSet(loadClips()), ...syntheticSet()];
		const scores = set.map((l) =>
			scoreTrace(l.name, l.truth, analyzeTrace(l.trace, l.truth.exercise))
		);
		const all = totals(scores);
		expect(all.traces).toBeGreaterThanOrEqual(200);
		expect(new Set(scores.map((s) => s.exercise)).size).toBeGreaterThanOrEqual(6);
		expect(all.repExactPct).toBeGreaterThanOrEqual(95);
		expect(all.holdErrorS).toBeLessThan(0.5);
		expect(all.precision).toBeGreaterThanOrEqual(0.9);
		expect(all.recall).toBeGreaterThanOrEqual(0.9);
		expect(all.falseFaultS).toBeLessThanOrEqual(0.5);
		// Every fault code the set holds is found most of the time and rarely made up.
		for (const [code, c] of Object.entries(all.byCode)) {
			expect(c.precision, code).toBeGreaterThanOrEqual(0.8);
			expect(c.recall, code).toBeGreaterThanOrEqual(0.8);
		}
		// A wrong-view clip and its variations never report a fault.
		const wrongView = scores.filter((s, i) => set[i]!.truth.wrongView);
		expect(wrongView.length).toBeGreaterThan(0);
		for (const s of wrongView) expect(Object.values(s.codes).every((c) => c.fp === 0)).toBe(true);
	}, 30_000);
});
