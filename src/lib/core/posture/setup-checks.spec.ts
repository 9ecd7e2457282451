import { describe, expect, it } from 'vitest';
import { distanceCheck, facingRatio, personBox, viewCheck, wholeBodyCheck } from './setup-checks';
import { lyingSide, standingFront, standingSide } from './setup-fixtures';
import { LM } from './setup-types';

const W = 640;
const H = 480;

describe('wholeBodyCheck', () => {
	it('passes a whole standing body and a body lying side-on with its far side hidden', () => {
		expect(wholeBodyCheck(standingFront()).pass).toBe(true);
		expect(wholeBodyCheck(lyingSide()).pass).toBe(true);
	});

	it('names what is cut off', () => {
		const lm = standingFront();
		for (const i of [LM.leftAnkle, LM.rightAnkle]) lm[i] = { ...lm[i]!, y: 1.08 };
		lm[LM.leftKnee] = { ...lm[LM.leftKnee]!, visibility: 0.1 };
		lm[LM.rightKnee] = { ...lm[LM.rightKnee]!, visibility: 0.2 };
		const check = wholeBodyCheck(lm);
		expect(check.pass).toBe(false);
		expect(check.message).toMatch(/your knees and feet\./);
	});

	it('fails when nobody is found', () => {
		expect(wholeBodyCheck(null)).toMatchObject({ pass: false, message: 'I cannot see you yet.' });
	});
});

describe('viewCheck', () => {
	it('tells facing from side-on, standing or lying', () => {
		expect(facingRatio(standingFront(), W, H)).toBeGreaterThan(0.45);
		expect(facingRatio(standingSide(), W, H)).toBeLessThan(0.35);
		expect(facingRatio(lyingSide(), W, H)).toBeLessThan(0.35);
	});

	it('passes the view the exercise needs and asks to turn otherwise', () => {
		const side = { view: 'side', placement: 'floor' } as const;
		const front = { view: 'front', placement: 'standing' } as const;
		expect(viewCheck(lyingSide(), side, W, H).pass).toBe(true);
		expect(viewCheck(standingFront(), front, W, H).pass).toBe(true);
		expect(viewCheck(standingFront(), side, W, H)).toMatchObject({
			pass: false,
			message: 'Turn so your side faces the tablet.'
		});
		expect(viewCheck(standingSide(), front, W, H).pass).toBe(false);
		expect(viewCheck(null, front, W, H).pass).toBeNull();
	});

	it('gives the same answer in a portrait frame', () => {
		// The same person, same pixels, in a 480x640 frame: normalised x stretches, y shrinks.
		const front = { view: 'front', placement: 'standing' } as const;
		const landscape = standingFront(0.8);
		const portrait = landscape.map((p) => ({
			...p,
			x: 0.5 + ((p.x - 0.5) * 640) / 480,
			y: 0.5 + ((p.y - 0.5) * 480) / 640
		}));
		expect(facingRatio(portrait, 480, 640)).toBeCloseTo(facingRatio(landscape, W, H)!, 10);
		expect(viewCheck(portrait, front, 480, 640).pass).toBe(true);
	});
});

describe('distanceCheck', () => {
	it('passes a body that fills most of the frame', () => {
		expect(distanceCheck(standingFront(0.8), W, H).pass).toBe(true);
		expect(distanceCheck(lyingSide(), W, H).pass).toBe(true);
	});

	it('asks to come closer when the body is small, and to move back when it overflows', () => {
		expect(distanceCheck(standingFront(0.3), W, H)).toMatchObject({
			pass: false,
			message: 'You are too far away. Move the tablet closer.'
		});
		expect(distanceCheck(standingFront(0.99), W, H).pass).toBe(false);
	});

	it('judges a small torso in pixels as too far even if the frame is small', () => {
		expect(distanceCheck(standingFront(0.6), 160, 120).pass).toBe(false);
	});
});

describe('personBox', () => {
	it('boxes the seen landmarks with some room, clamped to the frame', () => {
		const box = personBox(standingFront(0.8))!;
		expect(box.y0).toBeLessThan(0.14);
		expect(box.y1).toBeGreaterThan(0.87);
		expect(box.y1).toBeLessThanOrEqual(1);
		expect(box.x0).toBeLessThan(0.42);
		expect(personBox(null)).toBeNull();
	});
});
