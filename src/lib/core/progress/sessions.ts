import { findExercise } from '../program/catalogue';
import { didAnyWork, type IsoDate, type PainScore, type SessionRecord } from '../records';
import { localDate } from './dates';
import { painChange, type PainChange } from './trends';

/** Practice sets (one exercise with the camera, outside the program). */
export const isPractice = (s: SessionRecord): boolean => s.kind === 'practice';

/** Relief and stretch sessions are not program days (they are stored as day 0); nor is practice. */
export const isRelief = (s: SessionRecord): boolean => s.day < 1 && !isPractice(s);

/** How a session is named in lists: the program day, the stretch session, or what was practised. */
export function sessionName(s: SessionRecord): string {
	if (isPractice(s)) {
		const id = s.exercises[0]?.exerciseId ?? '';
		return `Practice: ${findExercise(id)?.name ?? id}`;
	}
	return s.day < 1 ? 'Stretch or relief session' : `Day ${s.day}`;
}

export interface PracticeItem {
	id: string;
	date: IsoDate;
	exerciseId: string;
	/** Reps the camera counted (done with good form), and all it saw tried. */
	reps: number;
	tried: number;
	goodFormSeconds: number;
	formScore: number | null;
}

/** The latest practice sets first, at most `max`. */
export function practiceSummary(sessions: readonly SessionRecord[], max = 5): PracticeItem[] {
	return sessions
		.filter((s) => isPractice(s) && didAnyWork(s))
		.sort((a, b) => b.startedAt.localeCompare(a.startedAt))
		.slice(0, max)
		.map((s) => {
			const e = s.exercises[0];
			const set = e?.cameraSets?.[0];
			return {
				id: s.id,
				date: localDate(s.startedAt),
				exerciseId: e?.exerciseId ?? '',
				reps: e?.repsDone ?? 0,
				tried: set?.reps ?? e?.repsDone ?? 0,
				goodFormSeconds: e?.goodFormSeconds ?? 0,
				formScore: e?.formScore ?? null
			};
		});
}

/**
 * The sessions the program's figures count: program days on which something was done. Relief
 * sessions are shown on their own, and a session ended before any exercise counts for nothing.
 */
export function programSessions(sessions: readonly SessionRecord[]): SessionRecord[] {
	return sessions.filter((s) => s.day >= 1 && didAnyWork(s));
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
