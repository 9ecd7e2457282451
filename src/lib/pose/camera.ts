/** Opening the camera, and turning its failures into messages a person can act on. */

export type PoseErrorKind =
	| 'unsupported'
	| 'no-camera'
	| 'permission-denied'
	| 'camera-in-use'
	| 'camera-ended'
	| 'model-failed'
	| 'worker-crashed'
	| 'too-slow';

export interface PoseError {
	kind: PoseErrorKind;
	message: string;
	detail?: string;
}

const MESSAGES: Record<PoseErrorKind, string> = {
	unsupported:
		'This browser cannot use the camera here. Your session goes on without posture feedback.',
	'no-camera': 'No camera was found. Your session goes on without posture feedback.',
	'permission-denied':
		'Camera access was not allowed. You can allow it in your browser settings; your session goes on without posture feedback.',
	'camera-in-use':
		'The camera is being used by another app. Close it and try again; your session goes on without posture feedback.',
	'camera-ended':
		'The camera stopped (unplugged or turned off). Your session goes on without posture feedback.',
	'model-failed':
		'The pose model could not be loaded on this device. Your session goes on without posture feedback.',
	'worker-crashed':
		'Posture tracking stopped unexpectedly. Your session goes on without posture feedback.',
	'too-slow':
		'This device is slow at tracking (under 8 frames a second). Try the standard model and lower resolution.'
};

export function poseError(kind: PoseErrorKind, detail?: string): PoseError {
	return { kind, message: MESSAGES[kind], detail };
}

/** Maps a getUserMedia rejection to what went wrong. */
export function cameraError(error: unknown): PoseError {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	if (name === 'NotAllowedError' || name === 'SecurityError')
		return poseError('permission-denied', detail);
	if (name === 'NotReadableError' || name === 'AbortError')
		return poseError('camera-in-use', detail);
	if (name === 'NotFoundError' || name === 'OverconstrainedError')
		return poseError('no-camera', detail);
	return poseError('no-camera', detail);
}

export type Resolution = 'normal' | 'low';
const WIDTH: Record<Resolution, number> = { normal: 640, low: 320 };

export interface OpenCamera {
	stream: MediaStream;
	track: MediaStreamTrack;
	/** Front (user-facing) cameras are shown mirrored, like a mirror. */
	mirrored: boolean;
}

export async function openCamera(
	deviceId: string | undefined,
	resolution: Resolution
): Promise<OpenCamera> {
	if (!navigator.mediaDevices?.getUserMedia) throw poseError('unsupported');
	const width = WIDTH[resolution];
	let stream: MediaStream;
	try {
		stream = await navigator.mediaDevices.getUserMedia({
			audio: false,
			video: {
				...(deviceId ? { deviceId: { exact: deviceId } } : { facingMode: 'user' }),
				width: { ideal: width },
				height: { ideal: (width * 3) / 4 },
				frameRate: { ideal: 30 }
			}
		});
	} catch (error) {
		throw cameraError(error);
	}
	const track = stream.getVideoTracks()[0];
	if (!track) throw poseError('no-camera');
	return { stream, track, mirrored: track.getSettings().facingMode !== 'environment' };
}

/** Cameras the person can choose from. Labels are empty until permission is granted. */
export async function listCameras(): Promise<{ deviceId: string; label: string }[]> {
	if (!navigator.mediaDevices?.enumerateDevices) return [];
	const devices = await navigator.mediaDevices.enumerateDevices();
	return devices
		.filter((d) => d.kind === 'videoinput')
		.map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` }));
}
