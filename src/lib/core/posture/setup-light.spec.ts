import { describe, expect, it } from 'vitest';
import { lumaFrame } from './setup-fixtures';
import { backgroundMotion, lightCheck, lightStats, steadyCheck } from './setup-light';

const box = { x0: 0.35, y0: 0.1, x1: 0.65, y1: 0.95 };
const personAt = (value: number) => ({
	value,
	box: [0.35, 0.1, 0.65, 0.95] as [number, number, number, number]
});

describe('lightStats', () => {
	it('splits the frame into the person box and the rest', () => {
		const s = lightStats(lumaFrame(200, personAt(40)), box);
		expect(s.background.p50).toBe(200);
		expect(s.person!.p50).toBe(40);
		expect(s.background.count + s.person!.count).toBe(64 * 48);
		expect(s.all.clippedHigh).toBe(0);
	});
});

describe('lightCheck', () => {
	it('passes a darker-skinned person in an ordinary lit room', () => {
		// Skin and dark clothes around luma 45-60: lower than the walls, but not crushed to black.
		const s = lightStats(lumaFrame(170, personAt(50)), box);
		expect(lightCheck(s)).toMatchObject({ pass: true });
	});

	it('passes the same person in front of a bright but not clipped wall', () => {
		expect(lightCheck(lightStats(lumaFrame(235, personAt(45)), box)).pass).toBe(true);
	});

	it('fails a dark room whatever the person looks like', () => {
		const s = lightStats(lumaFrame(25, personAt(60)), box);
		expect(lightCheck(s)).toMatchObject({
			pass: false,
			message: expect.stringMatching(/too dark/)
		});
	});

	it('fails a window behind the person: clipped background, crushed person', () => {
		const s = lightStats(lumaFrame(255, personAt(5)), box);
		expect(lightCheck(s)).toMatchObject({
			pass: false,
			message: expect.stringMatching(/behind you/)
		});
	});

	it('fails a washed-out frame', () => {
		expect(lightCheck(lightStats(lumaFrame(252, personAt(240)), box)).pass).toBe(false);
	});
});

describe('steadiness', () => {
	it('measures change outside the person only', () => {
		const a = lumaFrame(100, personAt(50));
		const b = lumaFrame(100, personAt(200));
		expect(backgroundMotion(a, b, box)).toBe(0);
		expect(backgroundMotion(a, lumaFrame(110, personAt(50)), box)).toBeCloseTo(10, 5);
		expect(backgroundMotion(a, lumaFrame(100, undefined, 32, 24), box)).toBeNull();
	});

	it('waits for a few samples, then passes a still camera and fails a moving one', () => {
		expect(steadyCheck([0, 1]).pass).toBeNull();
		expect(steadyCheck([0.5, 1, 0.8, 1.2]).pass).toBe(true);
		expect(steadyCheck([0.5, 1, 14, 1.2])).toMatchObject({ pass: false });
		// An old wobble, then four still samples: steady again.
		expect(steadyCheck([20, 1, 1, 1, 1]).pass).toBe(true);
	});
});
