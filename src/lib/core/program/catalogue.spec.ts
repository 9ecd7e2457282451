import { describe, expect, it } from 'vitest';
import {
	BANNED_PATTERN,
	EXERCISES,
	getExercise,
	loadsBackExtensors,
	variantChain
} from './catalogue';
import { keyframesFor } from './keyframes-data';
import { pose, sequenceMs } from './keyframes';
import { POSTURE_CHECKS } from './types';
import { CAMERA_CHECKED } from '../posture/checked';

/** The camera-checked exercises (posture/checked.ts, itself tested equal to the rules). */
const CAMERA_IDS = [...CAMERA_CHECKED];

describe('exercise catalogue', () => {
	it('has at least 20 exercises with unique kebab-case ids', () => {
		expect(EXERCISES.length).toBeGreaterThanOrEqual(20);
		const ids = EXERCISES.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('covers relief, brace, strength and mobility, including the exercises the issue names', () => {
		for (const id of [
			'fetal-side-lying',
			'single-knee-to-chest',
			'diaphragmatic-breathing',
			'body-scan-relaxation',
			'sit-to-stand',
			'lifting-practice',
			'dead-bug-arms',
			'dead-bug-legs',
			'single-leg-bridge',
			'clamshell',
			'childs-pose',
			'cat-camel',
			'hip-flexor-stretch',
			'figure-4-stretch',
			'knee-rolls',
			...CAMERA_IDS
		]) {
			expect(getExercise(id).id).toBe(id);
		}
	});

	it.each(EXERCISES.map((e) => [e.id, e] as const))('%s is complete', (_id, e) => {
		expect(e.name.trim()).not.toBe('');
		expect(e.purpose.trim()).not.toBe('');
		expect(e.instructions.length).toBeGreaterThanOrEqual(3);
		expect(e.cues.length).toBeGreaterThanOrEqual(2);
		expect(e.cues.length).toBeLessThanOrEqual(4);
		for (const cue of e.cues) expect(cue.split(' ').length).toBeLessThanOrEqual(7);
		expect(e.mistakes.length).toBeGreaterThan(0);
		expect(e.safety.length).toBeGreaterThan(0);
		for (const key of ['sets', 'reps', 'holdSeconds', 'restSeconds'] as const) {
			expect(e.dose[key]).toBeLessThanOrEqual(e.maxDose[key]);
		}
		expect(e.dose.sets).toBeGreaterThanOrEqual(1);
		expect(e.dose.reps).toBeGreaterThanOrEqual(1);
		if (e.mode === 'reps') {
			expect(e.repSeconds).toBeGreaterThan(0);
			expect(e.maxDose.holdSeconds).toBe(0);
		} else {
			expect(e.dose.holdSeconds).toBeGreaterThan(0);
		}
		if (e.mode === 'timed') expect(e.maxDose.reps).toBe(1);
	});

	it('links easier and harder variants both ways, without cycles', () => {
		for (const e of EXERCISES) {
			if (e.harder) expect(getExercise(e.harder).easier).toBe(e.id);
			if (e.easier) expect(getExercise(e.easier).harder).toBe(e.id);
			expect(variantChain(e.id).map((v) => v.id)).toContain(e.id);
		}
		expect(variantChain('dead-bug').map((e) => e.id)).toEqual([
			'dead-bug-arms',
			'dead-bug-legs',
			'dead-bug'
		]);
		expect(variantChain('single-leg-bridge').map((e) => e.id)).toEqual([
			'glute-bridge',
			'single-leg-bridge'
		]);
		expect(variantChain('side-plank-knees').map((e) => e.id)).toEqual([
			'side-plank-knees',
			'side-plank'
		]);
	});

	it('checks exactly the agreed exercises with the camera, each with posture checks', () => {
		const checked = EXERCISES.filter((e) => e.camera !== 'none').map((e) => e.id);
		expect(checked.sort()).toEqual([...CAMERA_IDS].sort());
		for (const e of EXERCISES) {
			if (e.camera === 'none') expect(e.checks).toEqual([]);
			else expect(e.checks.length).toBeGreaterThan(0);
			for (const check of e.checks) expect(POSTURE_CHECKS).toContain(check);
		}
	});

	it('tells camera-checked floor exercises where the arms go, never resting by the sides', () => {
		const floor = EXERCISES.filter(
			(e) => e.camera !== 'none' && e.position !== 'standing' && e.position !== 'sitting'
		);
		expect(floor.length).toBeGreaterThan(5);
		for (const e of floor) {
			expect(e.arms, e.id).not.toBe('by-sides');
			expect(e.arms, e.id).not.toBe('free');
			expect(e.checks, e.id).toContain('arms-position');
			expect(e.instructions.join(' '), e.id).toMatch(/\b(hands?|arms?|elbow)\b/i);
		}
	});

	it('never strengthens the back extensors', () => {
		for (const e of EXERCISES) {
			expect(loadsBackExtensors(e), e.id).toBe(false);
			expect(e.strengthens).not.toContain('back-extensors');
			expect(`${e.id} ${e.name}`).not.toMatch(BANNED_PATTERN);
		}
		expect(loadsBackExtensors({ id: 'superman', name: 'Superman', strengthens: [] })).toBe(true);
		expect(loadsBackExtensors({ id: 'x', name: 'Good morning', strengthens: [] })).toBe(true);
		expect(
			loadsBackExtensors({ id: 'x', name: 'Prone row', strengthens: ['back-extensors'] })
		).toBe(true);
	});

	it('keeps the doses the sources ask for', () => {
		expect(getExercise('bird-dog').maxDose.holdSeconds).toBeLessThanOrEqual(10);
		expect(getExercise('supine-brace').dose.holdSeconds).toBe(5);
		expect(getExercise('supine-brace').maxDose.holdSeconds).toBe(10);
		expect(getExercise('hamstring-stretch').dose.holdSeconds).toBe(30);
		const curlUp = getExercise('curl-up');
		expect(curlUp.dose.holdSeconds).toBe(10);
		expect(curlUp.maxDose.holdSeconds).toBe(10);
		expect(curlUp.dose.descending).toBe(true);
	});

	it('has a demonstration for every exercise that stays inside the frame', () => {
		for (const e of EXERCISES) {
			const sequence = keyframesFor(e.id);
			expect(sequence.frames.length, e.id).toBeGreaterThanOrEqual(2);
			const total = sequenceMs(sequence);
			expect(total, e.id).toBeGreaterThan(0);
			// One check per exercise on the extremes: cheap enough to run on a busy machine.
			let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
			for (let t = 0; t < total; t += 100) {
				for (const p of Object.values(pose(sequence, t))) {
					[minX, minY] = [Math.min(minX, p.x), Math.min(minY, p.y)];
					[maxX, maxY] = [Math.max(maxX, p.x), Math.max(maxY, p.y)];
				}
			}
			expect(minX, e.id).toBeGreaterThanOrEqual(0);
			expect(minY, e.id).toBeGreaterThanOrEqual(0);
			expect(maxX, e.id).toBeLessThanOrEqual(1);
			expect(maxY, e.id).toBeLessThanOrEqual(0.9);
		}
	});
});
