import { describe, expect, it } from 'vitest';
import { CAMERA_CHECKED, cameraChecks } from './checked';
import { CHECKED_EXERCISES } from './rules';
import { EXERCISES } from '../program/catalogue';

describe('the camera-checked list', () => {
	it('is exactly the exercises that have rules', () => {
		expect([...CAMERA_CHECKED].sort()).toEqual([...CHECKED_EXERCISES].sort());
	});

	it('names catalogue exercises, and none the catalogue leaves to the clock', () => {
		for (const id of CAMERA_CHECKED)
			expect(
				EXERCISES.some((e) => e.id === id),
				id
			).toBe(true);
		for (const e of EXERCISES.filter((x) => x.camera === 'none'))
			expect(cameraChecks(e.id), e.id).toBe(false);
	});
});
