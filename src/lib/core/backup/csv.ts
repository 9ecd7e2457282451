import type { PainCheckIn, SessionRecord, SpasmEpisode, TensionCheckIn } from '../records';
import { localDate } from '../progress/dates';

export type Cell = string | number | boolean | null | undefined;

/**
 * One RFC 4180 cell. Text starting with = + - @ (or tab/CR) is prefixed with ' so a spreadsheet
 * shows it as text instead of running it as a formula (CSV injection).
 */
export function csvCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	let s = value;
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const SESSION_HEADER = [
	'session_id',
	'date',
	'started_at',
	'program_day',
	'status',
	'duration_min',
	'pain_before',
	'pain_after',
	'camera',
	'exercise',
	'sets_planned',
	'sets_done',
	'reps',
	'holds',
	'seconds',
	'good_form_seconds',
	'form_score',
	'exercise_skipped',
	'notes'
];

/** One row per exercise done in a session, session columns repeated, oldest first. */
export function sessionsCsv(sessions: readonly SessionRecord[]): string {
	const rows: Cell[][] = [];
	for (const s of [...sessions].sort((a, b) => a.startedAt.localeCompare(b.startedAt))) {
		const base: Cell[] = [
			s.id,
			localDate(s.startedAt),
			s.startedAt,
			s.day,
			s.status,
			Math.round(s.durationSeconds / 6) / 10,
			s.painBefore,
			s.painAfter,
			s.cameraUsed
		];
		const exercises = s.exercises.length > 0 ? s.exercises : [null];
		for (const e of exercises) {
			rows.push([
				...base,
				e?.exerciseId,
				e?.setsPlanned,
				e?.setsDone,
				e?.repsDone,
				e?.holdsDone,
				e?.secondsDone,
				e?.goodFormSeconds,
				e?.formScore,
				e ? e.skipped : null,
				s.notes
			]);
		}
	}
	return toCsv(SESSION_HEADER, rows);
}

/** Pain, tension and spasm logs in one time-ordered table. */
export function checkInsCsv(
	checkIns: readonly PainCheckIn[],
	tension: readonly TensionCheckIn[],
	spasms: readonly SpasmEpisode[]
): string {
	const rows: [string, Cell[]][] = [
		...checkIns.map((c): [string, Cell[]] => [
			c.at,
			[c.at, localDate(c.at), `pain-${c.kind}`, c.pain, c.sessionId, '', '', '']
		]),
		...tension.map((t): [string, Cell[]] => [
			t.at,
			[
				t.at,
				localDate(t.at),
				'tension',
				t.tension,
				null,
				(t.areas ?? []).join(' '),
				(t.dayHeld ?? []).join(' '),
				t.notes
			]
		]),
		...spasms.map((e): [string, Cell[]] => [
			e.at,
			[
				e.at,
				localDate(e.at),
				'spasm',
				e.severity,
				null,
				e.area.join(' '),
				e.triggers.join(' '),
				[e.helped.length ? `helped: ${e.helped.join(' ')}` : '', e.notes].filter(Boolean).join('; ')
			]
		])
	];
	rows.sort((a, b) => a[0].localeCompare(b[0]));
	return toCsv(
		['at', 'date', 'type', 'score_0_10', 'session_id', 'area', 'triggers', 'notes'],
		rows.map(([, r]) => r)
	);
}
