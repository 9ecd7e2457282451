import type { ProgramState } from '../program/state';
import type { IsoDate, SessionRecord } from '../records';
import { addDays, daysBetween, localDate } from './dates';

export const PROGRAM_DAYS = 28;

export type DayStatus = 'done' | 'partial' | 'skipped' | 'upcoming';

export interface CalendarDay {
	day: number;
	date: IsoDate;
	status: DayStatus;
	isToday: boolean;
	/** Active minutes across the sessions for this program day. */
	minutes: number;
	sessionIds: string[];
}

/** Statuses the program itself decided (e.g. a day it marked skipped), keyed by program day. */
export type DayStatusOverrides = ReadonlyMap<number, 'done' | 'partial' | 'skipped'>;

/**
 * When the program state does not say, the start date is inferred from the earliest session:
 * its date minus its program day.
 */
export function inferStartDate(sessions: readonly SessionRecord[]): IsoDate | null {
	let best: { date: IsoDate; at: string; day: number } | null = null;
	for (const s of sessions) {
		if (!best || s.startedAt < best.at)
			best = { date: localDate(s.startedAt), at: s.startedAt, day: s.day };
	}
	return best ? addDays(best.date, -(best.day - 1)) : null;
}

const RANK: Record<SessionRecord['status'], number> = { complete: 3, partial: 2, 'in-progress': 1 };

/** The 28 program days with what happened on each; a past day with nothing done counts as skipped. */
export function programCalendar(
	startDate: IsoDate,
	sessions: readonly SessionRecord[],
	today: IsoDate,
	overrides: DayStatusOverrides = new Map()
): CalendarDay[] {
	const byDay = new Map<number, SessionRecord[]>();
	for (const s of sessions) {
		if (s.day < 1 || s.day > PROGRAM_DAYS) continue;
		const list = byDay.get(s.day) ?? [];
		list.push(s);
		byDay.set(s.day, list);
	}
	const todayIndex = daysBetween(startDate, today) + 1;
	return Array.from({ length: PROGRAM_DAYS }, (_, i) => {
		const day = i + 1;
		const list = byDay.get(day) ?? [];
		const bestRank = Math.max(0, ...list.map((s) => RANK[s.status]));
		let status: DayStatus =
			bestRank === 3
				? 'done'
				: bestRank > 0
					? 'partial'
					: day < todayIndex
						? 'skipped'
						: 'upcoming';
		const override = overrides.get(day);
		if (override) status = override;
		return {
			day,
			date: addDays(startDate, i),
			status,
			isToday: day === todayIndex,
			minutes: Math.round(list.reduce((sum, s) => sum + s.durationSeconds, 0) / 60),
			sessionIds: list.map((s) => s.id)
		};
	});
}

/** Program days still to do, from today on (today only if nothing was done yet). */
export function remainingDays(calendar: readonly CalendarDay[]): CalendarDay[] {
	return calendar.filter((d) => d.status === 'upcoming');
}

/** The days the program itself marked done, partly done or skipped. */
export function overridesFromProgram(program: ProgramState | null): DayStatusOverrides {
	const map = new Map<number, 'done' | 'partial' | 'skipped'>();
	for (const d of program?.days ?? []) if (d.status !== 'todo') map.set(d.day, d.status);
	return map;
}
