import type { IsoDate, IsoDateTime } from '../records';

const DAY_MS = 86_400_000;

/** The local calendar date of a timestamp (the person's day, not UTC's). */
export function localDate(at: IsoDateTime | Date): IsoDate {
	const d = typeof at === 'string' ? new Date(at) : at;
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** Parses YYYY-MM-DD as local midnight. */
export function parseLocalDate(date: IsoDate): Date {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Adds whole calendar days, DST-safe (works on local dates, not milliseconds). */
export function addDays(date: IsoDate, days: number): IsoDate {
	const d = parseLocalDate(date);
	d.setDate(d.getDate() + days);
	return localDate(d);
}

/** Whole calendar days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	const ua = Date.UTC(...ymd(a));
	const ub = Date.UTC(...ymd(b));
	return Math.round((ub - ua) / DAY_MS);
}

function ymd(date: IsoDate): [number, number, number] {
	const [y, m, d] = date.split('-').map(Number);
	return [y ?? 1970, (m ?? 1) - 1, d ?? 1];
}

export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	return localDate(parseLocalDate(value)) === value;
}

/** The current time; the only clock read in this module, kept apart so callers can pass their own. */
export function clock(): Date {
	return new Date();
}
