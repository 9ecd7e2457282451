import { describe, expect, it } from 'vitest';
import { cameraError, poseError } from './camera';

const domError = (name: string) => new DOMException('from getUserMedia', name);

describe('cameraError', () => {
	it('maps each getUserMedia failure to what the person can do about it', () => {
		expect(cameraError(domError('NotAllowedError')).kind).toBe('permission-denied');
		expect(cameraError(domError('SecurityError')).kind).toBe('permission-denied');
		expect(cameraError(domError('NotReadableError')).kind).toBe('camera-in-use');
		expect(cameraError(domError('NotFoundError')).kind).toBe('no-camera');
		expect(cameraError(domError('OverconstrainedError')).kind).toBe('no-camera');
	});

	it('keeps the original error as detail and says the session goes on', () => {
		const e = cameraError(domError('NotReadableError'));
		expect(e.detail).toBe('NotReadableError: from getUserMedia');
		expect(e.message).toMatch(/another app/);
		expect(e.message).toMatch(/session goes on without posture feedback/);
	});
});

describe('poseError', () => {
	it('offers the lite model and lower resolution when the device is slow', () => {
		expect(poseError('too-slow').message).toMatch(
			/under 8 frames a second.*standard model and lower resolution/
		);
	});
});
