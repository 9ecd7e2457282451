import { didAnyWork, type IsoDate, type PainScore, type SessionRecord } from '../records';
import { localDate } from './dates';
import { painChange, type PainChange } from './trends';

/** Relief sessions are not program days (they are stored as day 0). */
export const isRelief = (s: SessionRecord): boolean => s.day < 1;

/**
 * The sessions the program's figures count: program days on which something was done. Relief
 * sessions are shown on their own, and a session ended before any exercise counts for nothing.
 */
export function programSessions(sessions: readonly SessionRecord[]): SessionRecord[] {
	return sessions.filter((s) => !isRelief(s) && didAnyWork(s));
}

export function reliefSessions(sessions: readonly SessionRecord[]): SessionRecord[] {
	return sessions.filter((s) => isRelief(s) && didAnyWork(s));
}

export interface ReliefSummary {
	count: number;
	minutes: number;
	pain: PainChange | null;
	/** The latest first, at most five. */
	recent: { id: string; date: IsoDate; before: PainScore | null; after: PainScore | null }[];
}

export function reliefSummary(sessions: readonly SessionRecord[]): ReliefSummary {
	const relief = reliefSessions(sessions);
	const seconds = relief.reduce((sum, s) => sum + s.durationSeconds, 0);
	return {
		count: relief.length,
		minutes: Math.round(seconds / 60),
		pain: painChange(relief),
		recent: [...relief]
			.sort((a, b) => b.startedAt.localeCompare(a.startedAt))
			.slice(0, 5)
			.map((s) => ({
				id: s.id,
				date: localDate(s.startedAt),
				before: s.painBefore,
				after: s.painAfter
			}))
	};
}
