/**
 * The exercises the camera checks, by catalogue id, without their rules: pages that only need to
 * know whether to offer the camera do not load the posture engine. A test keeps this list equal
 * to the rules' own (rules/index.ts).
 */
export const CAMERA_CHECKED: ReadonlySet<string> = new Set([
	'supine-brace',
	'pelvic-tilt',
	'standing-brace',
	'glute-bridge',
	'dead-bug',
	'bird-dog',
	'side-plank-knees',
	'side-plank',
	'curl-up',
	'knees-to-chest',
	'hamstring-stretch',
	'braced-walking'
]);

export function cameraChecks(exerciseId: string): boolean {
	return CAMERA_CHECKED.has(exerciseId);
}
