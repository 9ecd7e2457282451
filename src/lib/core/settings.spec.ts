import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitise } from './settings';

describe('settings values read back', () => {
	it('keeps well-formed values', () => {
		expect(sanitise('voice', false)).toBe(false);
		expect(sanitise('volume', 0.4)).toBe(0.4);
		expect(sanitise('poseModel', 'full')).toBe('full');
		expect(sanitise('cameraId', null)).toBeNull();
		expect(sanitise('cameraId', 'abc')).toBe('abc');
		expect(sanitise('reminderTime', '07:30')).toBe('07:30');
		expect(sanitise('sittingBreaks', true)).toBe(true);
		expect(sanitise('sittingBreakMinutes', 30)).toBe(30);
	});

	it('drops values of the wrong type or out of range', () => {
		expect(sanitise('voice', 'yes')).toBeUndefined();
		expect(sanitise('volume', 1.5)).toBeUndefined();
		expect(sanitise('volume', -0.1)).toBeUndefined();
		expect(sanitise('poseModel', 'heavy')).toBeUndefined();
		expect(sanitise('cameraId', 42)).toBeUndefined();
		expect(sanitise('reminderTime', '25:00')).toBeUndefined();
		expect(sanitise('recordTraces', 1)).toBeUndefined();
		expect(sanitise('sittingBreakMinutes', 20)).toBeUndefined();
		expect(sanitise('sittingBreakMinutes', '45')).toBeUndefined();
	});

	it('has defaults that pass their own checks', () => {
		for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
			expect(sanitise(key as keyof typeof DEFAULT_SETTINGS, value)).toEqual(value);
		}
	});
});
