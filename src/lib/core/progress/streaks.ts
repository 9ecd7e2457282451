import type { IsoDate, SessionRecord } from '../records';
import { daysBetween, localDate } from './dates';

export interface Streaks {
	current: number;
	best: number;
}

/**
 * Streaks count calendar days on which the person did a session, complete or partial: a short
 * session on a sore day still counts. The current streak survives until the end of today, so a
 * streak ending yesterday is still current.
 */
export function streaks(sessions: readonly SessionRecord[], today: IsoDate): Streaks {
	const days = [
		...new Set(
			sessions.filter((s) => s.status !== 'in-progress').map((s) => localDate(s.startedAt))
		)
	].sort();
	let best = 0;
	let run = 0;
	let prev: IsoDate | null = null;
	for (const d of days) {
		run = prev !== null && daysBetween(prev, d) === 1 ? run + 1 : 1;
		best = Math.max(best, run);
		prev = d;
	}
	const last = days.at(-1);
	const gap = last === undefined ? Infinity : daysBetween(last, today);
	return { current: gap === 0 || gap === 1 ? run : 0, best };
}
