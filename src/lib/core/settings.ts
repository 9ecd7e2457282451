/** The person's preferences and how values read back from storage or a backup are checked. */
import { parseCalibration, type Calibration } from './posture/calibration';

export type PoseModel = 'lite' | 'full';

export interface Settings {
	voice: boolean;
	/** 0-1, for voice and beeps. */
	volume: number;
	beeps: boolean;
	poseModel: PoseModel;
	cameraId: string | null;
	/** Record landmark traces during camera sets (opt-in). */
	recordTraces: boolean;
	/** HH:MM for reminders in the calendar file. */
	reminderTime: string;
	/** Watch form with the camera in sessions (offered on the ready card). */
	useCamera: boolean;
	/** The person's own relaxed and braced back, from the calibration routine. */
	calibration: Calibration | null;
	/** While the app is open, a prompt to stand, brace and walk every sittingBreakMinutes. */
	sittingBreaks: boolean;
	sittingBreakMinutes: SittingBreakMinutes;
}

export const SITTING_BREAK_MINUTES = [30, 45, 60] as const;
export type SittingBreakMinutes = (typeof SITTING_BREAK_MINUTES)[number];

export const DEFAULT_SETTINGS: Settings = {
	voice: true,
	volume: 0.9,
	beeps: true,
	poseModel: 'lite',
	cameraId: null,
	recordTraces: false,
	reminderTime: '18:00',
	useCamera: false,
	calibration: null,
	sittingBreaks: false,
	sittingBreakMinutes: 45
};

/** Keeps a stored value only if it has the default's type (and range, for volume). */
export function sanitise<K extends keyof Settings>(
	key: K,
	value: unknown
): Settings[K] | undefined {
	const fallback = DEFAULT_SETTINGS[key];
	if (key === 'cameraId')
		return (typeof value === 'string' || value === null ? value : undefined) as Settings[K];
	if (key === 'calibration')
		return (value === null ? null : (parseCalibration(value) ?? undefined)) as Settings[K];
	if (key === 'poseModel')
		return (value === 'lite' || value === 'full' ? value : undefined) as Settings[K];
	if (key === 'volume')
		return (
			typeof value === 'number' && value >= 0 && value <= 1 ? value : undefined
		) as Settings[K];
	if (key === 'sittingBreakMinutes')
		return (
			SITTING_BREAK_MINUTES.includes(value as SittingBreakMinutes) ? value : undefined
		) as Settings[K];
	if (key === 'reminderTime')
		return (
			typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? value : undefined
		) as Settings[K];
	return (typeof value === typeof fallback ? value : undefined) as Settings[K];
}
