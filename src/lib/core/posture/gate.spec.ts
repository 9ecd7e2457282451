import { describe, expect, it } from 'vitest';
import { CLEAR_MS, CONFIRM_MS, FaultGate, type GateEvent } from './gate';

/** Feeds `severity(t)` at `fps` from `from` to `to` (ms); returns every event with its frame time. */
function feed(
	gate: FaultGate,
	fps: number,
	from: number,
	to: number,
	severity: (t: number) => number
) {
	const events: (GateEvent & { t: number })[] = [];
	for (let t = from; t <= to + 1e-9; t += 1000 / fps) {
		const e = gate.update(t, severity(t));
		if (e) events.push({ ...e, t });
	}
	return events;
}

/** A gate with a fault confirmed from t = 0 (10 frames a second). */
function activeGate(): FaultGate {
	const gate = new FaultGate();
	feed(gate, 10, 0, 400, () => 2);
	expect(gate.state).toBe('active');
	return gate;
}

describe('FaultGate: confirming', () => {
	it('confirms after 300 ms at 8, 10 and 30 frames a second alike, dated from the first frame', () => {
		for (const fps of [8, 10, 30]) {
			const gate = new FaultGate();
			const events = feed(gate, fps, 1000, 2000, (t) => (t >= 1190 ? 1.5 : 0));
			expect(events).toHaveLength(1);
			const [e] = events;
			expect(e!.kind).toBe('confirmed');
			expect(e!.at).toBeGreaterThanOrEqual(1190);
			expect(e!.at).toBeLessThan(1190 + 1000 / fps);
			// Confirmed on the first frame at least 300 ms into the run, never earlier.
			expect(e!.t - e!.at).toBeGreaterThanOrEqual(CONFIRM_MS - 1e-9);
			expect(e!.t - e!.at).toBeLessThan(CONFIRM_MS + 1000 / fps);
			expect(gate.state).toBe('active');
		}
	});

	it('is pending, not at fault, while the run is shorter', () => {
		const gate = new FaultGate();
		expect(gate.update(0, 1)).toBeNull();
		expect(gate.state).toBe('pending');
		expect(gate.since).toBe(0);
		expect(gate.update(299, 3)).toBeNull();
		expect(gate.state).toBe('pending');
		expect(gate.update(300, 1)).toEqual({ kind: 'confirmed', at: 0 });
	});

	it('does not count a blip shorter than 300 ms', () => {
		for (const fps of [8, 10, 30]) {
			const gate = new FaultGate();
			const events = feed(gate, fps, 0, 3000, (t) => (t >= 1000 && t < 1250 ? 5 : 0));
			expect(events).toEqual([]);
			expect(gate.state).toBe('clear');
		}
	});

	it('does not restart a building run for one dipped frame', () => {
		for (const fps of [8, 10]) {
			const gate = new FaultGate();
			const dip = 1000 / fps; // the second frame
			const events = feed(gate, fps, 0, 600, (t) => (Math.abs(t - dip) < 1 ? 0 : 2));
			expect(events[0]).toMatchObject({ kind: 'confirmed', at: 0 });
		}
	});

	it('restarts it after a longer dip (two frames at 10 a second)', () => {
		const gate = new FaultGate();
		const events = feed(gate, 10, 0, 1000, (t) => (t > 150 && t < 350 ? 0 : 2));
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ kind: 'confirmed', at: 400, t: 700 });
	});

	it('dates a run from startedAt when the rule knows it began earlier, never later', () => {
		const gate = new FaultGate();
		expect(gate.update(1000, 2, 700)).toBeNull();
		expect(gate.since).toBe(700);
		expect(gate.update(1050, 2)).toEqual({ kind: 'confirmed', at: 700 });
		const later = new FaultGate();
		later.update(1000, 2, 1500);
		expect(later.since).toBe(1000);
	});
});

describe('FaultGate: clearing', () => {
	it('clears after 200 ms under the clear level, ended where the clearing began', () => {
		for (const fps of [8, 10, 30]) {
			const gate = new FaultGate();
			const events = feed(gate, fps, 0, 2000, (t) => (t < 990 ? 2 : 0.2));
			expect(events.map((e) => e.kind)).toEqual(['confirmed', 'cleared']);
			const cleared = events[1]!;
			expect(cleared.at).toBeGreaterThanOrEqual(990);
			expect(cleared.at).toBeLessThan(990 + 1000 / fps);
			expect(cleared.t - cleared.at).toBeGreaterThanOrEqual(CLEAR_MS - 1e-9);
			expect(cleared.t - cleared.at).toBeLessThan(CLEAR_MS + 1000 / fps);
		}
	});

	it('holds the fault in the band between the clear level and 1 (hysteresis)', () => {
		const gate = activeGate();
		expect(feed(gate, 10, 500, 5000, () => 0.8)).toEqual([]);
		expect(gate.state).toBe('active');
		expect(gate.clearBelow).toBe(0.75);
	});

	it('starts the clearing over when the severity comes back before 200 ms', () => {
		const gate = activeGate();
		expect(gate.update(500, 0)).toBeNull();
		expect(gate.update(600, 0)).toBeNull();
		expect(gate.update(650, 0.9)).toBeNull();
		expect(gate.update(800, 0)).toBeNull();
		expect(gate.update(900, 0)).toBeNull();
		expect(gate.update(1000, 0)).toEqual({ kind: 'cleared', at: 800 });
	});

	it('uses its own clear level', () => {
		const gate = new FaultGate(0.5);
		feed(gate, 10, 0, 400, () => 2);
		expect(feed(gate, 10, 500, 1500, () => 0.6)).toEqual([]);
		expect(feed(gate, 10, 1600, 2000, () => 0.5)[0]).toMatchObject({ kind: 'cleared', at: 1600 });
	});

	it('close() ends an active fault at once, or where its clearing began; a pending one quietly', () => {
		expect(activeGate().close(900)).toEqual({ kind: 'cleared', at: 900 });
		const clearing = activeGate();
		clearing.update(500, 0);
		expect(clearing.close(600)).toEqual({ kind: 'cleared', at: 500 });
		const pending = new FaultGate();
		pending.update(0, 2);
		expect(pending.close(100)).toBeNull();
		expect(pending.state).toBe('clear');
	});
});

describe('FaultGate: when the check cannot judge (NaN)', () => {
	it('ends an active fault after 400 ms blind, at the last frame it was known', () => {
		const gate = activeGate();
		expect(gate.update(500, 2)).toBeNull();
		expect(feed(gate, 10, 600, 800, () => NaN)).toEqual([]);
		expect(gate.state).toBe('active');
		expect(gate.update(900, NaN)).toEqual({ kind: 'cleared', at: 500 });
		expect(gate.state).toBe('clear');
	});

	it('ends it where the clearing began when it was clearing', () => {
		const gate = activeGate();
		gate.update(500, 0.1);
		gate.update(600, 0.1);
		expect(gate.update(1000, NaN)).toEqual({ kind: 'cleared', at: 500 });
	});

	it('cancels a pending fault: the run starts again after', () => {
		const gate = new FaultGate();
		gate.update(0, 2);
		gate.update(200, 2);
		expect(gate.update(250, NaN)).toBeNull();
		expect(gate.state).toBe('clear');
		expect(gate.update(300, 2)).toBeNull();
		expect(gate.update(500, 2)).toBeNull();
		expect(gate.update(600, 2)).toEqual({ kind: 'confirmed', at: 300 });
	});

	it('never confirms a fault from NaN alone', () => {
		const gate = new FaultGate();
		expect(feed(gate, 30, 0, 2000, () => NaN)).toEqual([]);
		expect(gate.state).toBe('clear');
	});

	it('reset() forgets everything', () => {
		const gate = activeGate();
		gate.reset();
		expect(gate.state).toBe('clear');
		expect(gate.update(5000, 0)).toBeNull();
	});
});
