import type { IsoDate } from '../records';

export interface ReminderDay {
	day: number;
	date: IsoDate;
}

export interface IcsOptions {
	days: readonly ReminderDay[];
	/** Local time of day, HH:MM; events use floating time so they follow the person's time zone. */
	time: string;
	durationMinutes: number;
	now: Date;
	/** Distinguishes one program run from another so re-imported calendars update, not duplicate. */
	programId: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** An RFC 5545 calendar with one event (and a reminder alarm) per remaining program day. */
export function buildIcs({ days, time, durationMinutes, now, programId }: IcsOptions): string {
	const match = TIME.exec(time);
	if (!match) throw new RangeError(`Reminder time must be HH:MM, got ${time}`);
	const hhmm = `${match[1]}${match[2]}00`;
	const stamp = now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Brace//Core program reminders//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'X-WR-CALNAME:Brace',
		...days.flatMap((d) => [
			'BEGIN:VEVENT',
			`UID:${escapeText(`brace-${programId}-day-${d.day}`)}@brace.app`,
			`DTSTAMP:${stamp}`,
			`DTSTART:${d.date.replace(/-/g, '')}T${hhmm}`,
			`DURATION:PT${Math.max(1, Math.round(durationMinutes))}M`,
			`SUMMARY:${escapeText(`Brace day ${d.day} of 28: core session`)}`,
			`DESCRIPTION:${escapeText("Open Brace for today's session; stop if pain shoots down a leg, and see the red-flag list in the app.")}`,
			'BEGIN:VALARM',
			'ACTION:DISPLAY',
			`DESCRIPTION:${escapeText(`Brace day ${d.day}`)}`,
			'TRIGGER:PT0M',
			'END:VALARM',
			'END:VEVENT'
		]),
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(s: string): string {
	return s
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 5545 3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let bytes = 0;
	for (const ch of line) {
		const size = encoder.encode(ch).length;
		const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
		if (bytes + size > limit) {
			parts.push(current);
			current = '';
			bytes = 0;
		}
		current += ch;
		bytes += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

export function icsFileName(): string {
	return 'brace-reminders.ics';
}
