import type { IsoDate, PainCheckIn, SessionRecord } from '../records';
import { localDate } from './dates';

export interface PainPoint {
	date: IsoDate;
	sessionId: string;
	before: number | null;
	after: number | null;
}

/** Pain before and after each session, oldest first; sessions without any rating are left out. */
export function painTrend(sessions: readonly SessionRecord[]): PainPoint[] {
	return [...sessions]
		.filter((s) => s.painBefore !== null || s.painAfter !== null)
		.sort((a, b) => a.startedAt.localeCompare(b.startedAt))
		.map((s) => ({
			date: localDate(s.startedAt),
			sessionId: s.id,
			before: s.painBefore,
			after: s.painAfter
		}));
}

export interface MorningPoint {
	date: IsoDate;
	pain: number;
}

/** Next-morning pain check-ins, oldest first. */
export function morningTrend(checkIns: readonly PainCheckIn[]): MorningPoint[] {
	return checkIns
		.filter((c) => c.kind === 'morning')
		.sort((a, b) => a.at.localeCompare(b.at))
		.map((c) => ({ date: localDate(c.at), pain: c.pain }));
}

export interface FormPoint {
	date: IsoDate;
	sessionId: string;
	score: number;
}

/** Form score over time for each exercise the camera watched, keyed by exercise id. */
export function formTrends(sessions: readonly SessionRecord[]): Map<string, FormPoint[]> {
	const out = new Map<string, FormPoint[]>();
	const sorted = [...sessions].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
	for (const s of sorted) {
		for (const e of s.exercises) {
			if (e.formScore === undefined) continue;
			const list = out.get(e.exerciseId) ?? [];
			list.push({ date: localDate(s.startedAt), sessionId: s.id, score: e.formScore });
			out.set(e.exerciseId, list);
		}
	}
	return out;
}

export interface PainChange {
	sessions: number;
	averageBefore: number;
	averageAfter: number;
}

/** Average pain before and after over sessions that have both ratings, or null when none do. */
export function painChange(sessions: readonly SessionRecord[]): PainChange | null {
	const both = sessions.filter((s) => s.painBefore !== null && s.painAfter !== null);
	if (both.length === 0) return null;
	const avg = (f: (s: SessionRecord) => number) =>
		Math.round((both.reduce((sum, s) => sum + f(s), 0) / both.length) * 10) / 10;
	return {
		sessions: both.length,
		averageBefore: avg((s) => s.painBefore ?? 0),
		averageAfter: avg((s) => s.painAfter ?? 0)
	};
}
