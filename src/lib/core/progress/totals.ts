import type { SessionRecord } from '../records';

export interface Totals {
	sessions: number;
	completeSessions: number;
	minutes: number;
	goodFormMinutes: number;
	/** Sessions in which the camera checked form. */
	cameraSessions: number;
}

export function totals(sessions: readonly SessionRecord[]): Totals {
	let seconds = 0;
	let goodForm = 0;
	let complete = 0;
	let camera = 0;
	for (const s of sessions) {
		seconds += s.durationSeconds;
		if (s.status === 'complete') complete++;
		if (s.cameraUsed) camera++;
		for (const e of s.exercises) goodForm += e.goodFormSeconds ?? 0;
	}
	return {
		sessions: sessions.length,
		completeSessions: complete,
		minutes: Math.round(seconds / 60),
		goodFormMinutes: Math.round(goodForm / 60),
		cameraSessions: camera
	};
}
