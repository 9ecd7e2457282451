import type { IsoDate, TensionCheckIn } from '../records';
import { addDays, localDate } from './dates';

/** Check-in days that have to climb, within how many calendar days, and by how much in all. */
export const TREND_CHECK_INS = 3;
export const TREND_WITHIN_DAYS = 5;
export const TREND_RISE = 2;

export interface RisingTension {
	/** The day's highest rating on each of the climbing days, oldest first. */
	values: number[];
	dates: IsoDate[];
	message: string;
}

/**
 * The seed-000 lesson: notice tension rising before it becomes a spasm. Rising means the person's
 * last three check-in days (each counted by its highest rating) are all within five days, the
 * latest today or yesterday, never lower than the one before, and at least 2 higher in all. It
 * compares the person with themselves, so a climb from 1 to 3 counts as much as one from 5 to 7.
 */
export function risingTension(
	checkIns: readonly TensionCheckIn[],
	today: IsoDate
): RisingTension | null {
	const byDay = new Map<IsoDate, number>();
	for (const c of checkIns) {
		const date = localDate(c.at);
		if (date <= today) byDay.set(date, Math.max(byDay.get(date) ?? 0, c.tension));
	}
	const days = [...byDay.keys()].sort().slice(-TREND_CHECK_INS);
	if (days.length < TREND_CHECK_INS) return null;
	const first = days[0] ?? '';
	const last = days.at(-1) ?? '';
	if (first < addDays(today, -(TREND_WITHIN_DAYS - 1)) || last < addDays(today, -1)) return null;
	const values = days.map((d) => byDay.get(d) ?? 0);
	const climbing = values.every((v, i) => i === 0 || v >= (values[i - 1] ?? 0));
	if (!climbing || (values.at(-1) ?? 0) - (values[0] ?? 0) < TREND_RISE) return null;
	return {
		values,
		dates: days,
		message: `Your back tension has been climbing (${values.join(', then ')}). This is the moment to ease it, before it turns into a spasm: a relief or stretch session now helps.`
	};
}
