import { describe, expect, it } from 'vitest';
import type { Rep } from './reps';
import { SetTally } from './tally';

const rep = (start: number, end: number): Rep => ({
	start,
	top: start + 100,
	end,
	peak: 1,
	peakFrom: start + 100,
	peakTo: end - 100
});

/** Good frames every 100 ms over [from, to). */
function good(t: SetTally, from: number, to: number) {
	for (let s = from; s < to; s += 100) t.account(s, s + 100, 'good');
}

describe('SetTally', () => {
	it('gives the exact good-form time: time judged good less every fault span, overlaps once', () => {
		const t = new SetTally('supine-brace');
		good(t, 0, 10_000);
		t.faultStarted('back-arched', 2000);
		t.faultStarted('hips-lifted', 4000);
		t.faultEnded('back-arched', 5000);
		t.faultEnded('hips-lifted', 6000);
		const s = t.summary();
		expect(s.goodFormSeconds).toBe(6);
		expect(s.faults).toEqual([
			{ code: 'back-arched', start: 2000, end: 5000 },
			{ code: 'hips-lifted', start: 4000, end: 6000 }
		]);
		expect([s.start, s.end]).toEqual([0, 10_000]);
	});

	it('counts the clearing hysteresis after a fault as good: the fault ended where it began to clear', () => {
		const t = new SetTally('supine-brace');
		good(t, 0, 1000);
		t.faultStarted('back-arched', 1000);
		// Live, the state stays 'fault' until the clearing is confirmed 200 ms after it began.
		for (let s = 1000; s < 3200; s += 100) t.account(s, s + 100, 'fault');
		t.faultEnded('back-arched', 3000);
		good(t, 3200, 4000);
		const s = t.summary();
		expect(s.faults).toEqual([{ code: 'back-arched', start: 1000, end: 3000 }]);
		expect(s.activeSeconds).toBe(4);
		expect(s.goodFormSeconds).toBe(2);
		expect(s.formScore).toBe(0.5);
	});

	it('does not take fault time out of time that was not good, and closes open faults at the end', () => {
		const t = new SetTally('supine-brace');
		good(t, 0, 2000);
		t.account(2000, 3000, 'unknown');
		good(t, 3000, 5000);
		t.faultStarted('back-arched', 1500);
		t.faultEnded('back-arched', 3500);
		t.faultStarted('hips-lifted', 4500);
		const s = t.summary();
		// Good 0-1500 and 3500-4500.
		expect(s.goodFormSeconds).toBe(2.5);
		expect(s.unknownSeconds).toBe(1);
		expect(s.faults.at(-1)).toEqual({ code: 'hips-lifted', start: 4500, end: 5000 });
	});

	it('holds good time in escrow while a fault is pending: paid out if dismissed, fault time if confirmed', () => {
		const t = new SetTally('standing-brace');
		good(t, 0, 1000);
		expect(t.goodMs).toBe(1000);
		t.pending = true;
		good(t, 1000, 1200);
		expect(t.goodMs).toBe(1000);
		t.pending = false; // dismissed: a blip
		expect(t.goodMs).toBe(1200);

		t.pending = true;
		good(t, 1200, 1500);
		expect(t.goodMs).toBe(1200);
		t.faultStarted('chest-out', 1200); // confirmed
		t.pending = false;
		expect(t.goodMs).toBe(1200);
		expect(t.faultMs).toBe(300);
		t.account(1500, 2000, 'fault');
		t.faultEnded('chest-out', 2000);
		const s = t.summary();
		expect(s.activeSeconds).toBe(2);
		expect(s.goodFormSeconds).toBe(1.2);
		expect(s.formScore).toBe(0.6);
	});

	it('rounds seconds to a tenth and the form score to a thousandth', () => {
		const t = new SetTally('supine-brace');
		t.account(0, 1249, 'good');
		t.faultStarted('back-arched', 1249);
		t.account(1249, 3000, 'fault');
		t.faultEnded('back-arched', 3000);
		t.account(3000, 3050, 'unknown');
		const s = t.summary();
		expect(s.goodFormSeconds).toBe(1.2);
		expect(s.activeSeconds).toBe(3);
		expect(s.formScore).toBe(0.416);
		expect(s.unknownSeconds).toBe(0.1);
		const u = new SetTally('supine-brace');
		u.account(0, 1250, 'good');
		expect(u.summary().goodFormSeconds).toBe(1.3);
	});

	it('has no form score when nothing was judged', () => {
		const t = new SetTally('supine-brace');
		t.account(0, 2000, 'setting-up');
		const s = t.summary();
		expect(s.formScore).toBeNull();
		expect(s.unknownSeconds).toBe(2);
		expect(new SetTally('x').summary()).toMatchObject({
			start: 0,
			end: 0,
			reps: 0,
			formScore: null
		});
	});

	it('counts reps attempted and good ones, or steps when there are no reps', () => {
		const t = new SetTally('glute-bridge');
		t.rep(rep(0, 2000), true);
		t.rep(rep(2000, 4000), false);
		t.rep(rep(4000, 6000), true);
		expect(t.summary()).toMatchObject({ reps: 3, goodReps: 2 });
		expect(t.lastRepEnd).toBe(6000);
		const w = new SetTally('braced-walking');
		for (let i = 0; i < 4; i++) w.step(i * 500);
		expect(w.summary()).toMatchObject({ reps: 4, goodReps: 4 });
	});

	it('finds faults within a span and extends one found live back to an earlier start', () => {
		const t = new SetTally('glute-bridge');
		t.faultStarted('hips-low', 2500);
		t.faultEnded('hips-low', 3000);
		expect(t.faultsBetween(2000, 4000)).toEqual(['hips-low']);
		expect(t.faultsBetween(3100, 4000)).toEqual([]);
		expect(t.extendFault('hips-low', 2000, 4000, 2200)).toBe(true);
		expect(t.extendFault('back-overarched', 2000, 4000, 2200)).toBe(false);
		expect(t.summary().faults).toEqual([{ code: 'hips-low', start: 2200, end: 3000 }]);
	});

	it('never ends a fault before it started, and keeps the cues given', () => {
		const t = new SetTally('supine-brace');
		t.faultStarted('back-arched', 1000);
		t.faultEnded('back-arched', 900);
		t.cue({ t: 1000, code: 'back-arched', text: 'Flatten your lower back into the floor' });
		const s = t.summary();
		expect(s.faults[0]).toEqual({ code: 'back-arched', start: 1000, end: 1000 });
		expect(s.cues).toEqual([
			{ t: 1000, code: 'back-arched', text: 'Flatten your lower back into the floor' }
		]);
	});
});
