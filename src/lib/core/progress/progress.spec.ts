import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, localDate } from './dates';
import { inferStartDate, programCalendar } from './calendar';
import { streaks } from './streaks';
import { totals } from './totals';
import { formTrends, painChange, painTrend } from './trends';
import { exerciseResult, sessionRecord } from './factories';

const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00`).toISOString();

describe('dates', () => {
	it('adds calendar days across month ends and DST changes', () => {
		expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
		expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
	});
	it('validates ISO dates', () => {
		expect(isIsoDate('2026-02-28')).toBe(true);
		expect(isIsoDate('2026-02-30')).toBe(false);
		expect(isIsoDate('26-2-1')).toBe(false);
	});
});

describe('programCalendar', () => {
	const sessions = [
		sessionRecord({ day: 1, startedAt: at('2026-11-02'), durationSeconds: 600 }),
		sessionRecord({ day: 2, startedAt: at('2026-11-03'), status: 'partial' }),
		sessionRecord({ day: 2, startedAt: at('2026-11-03', '18:00'), status: 'complete' }),
		sessionRecord({ day: 4, startedAt: at('2026-11-05'), status: 'partial' })
	];

	it('marks done, partial, skipped, upcoming and today', () => {
		const cal = programCalendar('2026-11-02', sessions, '2026-11-06');
		expect(cal).toHaveLength(28);
		expect(cal.slice(0, 6).map((d) => d.status)).toEqual([
			'done',
			'done',
			'skipped',
			'partial',
			'upcoming',
			'upcoming'
		]);
		expect(cal[4]?.isToday).toBe(true);
		expect(cal[0]).toMatchObject({ date: '2026-11-02', minutes: 10 });
		expect(cal[1]?.sessionIds).toHaveLength(2);
		expect(cal[27]?.date).toBe('2026-11-29');
	});

	it('lets the program state override a day', () => {
		const cal = programCalendar('2026-11-02', sessions, '2026-11-06', new Map([[4, 'skipped']]));
		expect(cal[3]?.status).toBe('skipped');
	});

	it('infers the start date from the earliest session', () => {
		expect(inferStartDate(sessions.slice(1))).toBe('2026-11-02');
		expect(inferStartDate([])).toBeNull();
	});
});

describe('streaks', () => {
	const days = ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-05', '2026-11-06'];
	const sessions = days.map((d) => sessionRecord({ startedAt: at(d) }));

	it('counts current and best runs of days', () => {
		expect(streaks(sessions, '2026-11-06')).toEqual({ current: 2, best: 3 });
		expect(streaks(sessions, '2026-11-07')).toEqual({ current: 2, best: 3 });
		expect(streaks(sessions, '2026-11-08')).toEqual({ current: 0, best: 3 });
	});

	it('ignores unfinished sessions and counts a day once', () => {
		const more = [
			...sessions,
			sessionRecord({ startedAt: at('2026-11-06', '20:00') }),
			sessionRecord({ startedAt: at('2026-11-07'), status: 'in-progress' })
		];
		expect(streaks(more, '2026-11-07')).toEqual({ current: 2, best: 3 });
		expect(streaks([], '2026-11-07')).toEqual({ current: 0, best: 0 });
	});
});

describe('totals and trends', () => {
	const sessions = [
		sessionRecord({
			startedAt: at('2026-11-03'),
			cameraUsed: true,
			painBefore: 6,
			painAfter: 3,
			exercises: [
				exerciseResult({ exerciseId: 'bird-dog', goodFormSeconds: 90, formScore: 70 }),
				exerciseResult({ exerciseId: 'plank', goodFormSeconds: 30, formScore: 60 })
			]
		}),
		sessionRecord({
			startedAt: at('2026-11-02'),
			painBefore: 4,
			painAfter: null,
			status: 'partial',
			durationSeconds: 300
		}),
		sessionRecord({ startedAt: at('2026-11-04'), painBefore: null, painAfter: null })
	];

	it('sums minutes and good-form minutes', () => {
		expect(totals(sessions)).toEqual({
			sessions: 3,
			completeSessions: 2,
			minutes: 35,
			goodFormMinutes: 2,
			cameraSessions: 1
		});
	});

	it('orders pain points and skips sessions without ratings', () => {
		expect(painTrend(sessions).map((p) => [p.date, p.before, p.after])).toEqual([
			['2026-11-02', 4, null],
			['2026-11-03', 6, 3]
		]);
		expect(painChange(sessions)).toEqual({ sessions: 1, averageBefore: 6, averageAfter: 3 });
		expect(painChange([])).toBeNull();
	});

	it('groups form scores by camera exercise', () => {
		const trends = formTrends(sessions);
		expect([...trends.keys()]).toEqual(['bird-dog', 'plank']);
		expect(trends.get('bird-dog')?.[0]).toMatchObject({ date: '2026-11-03', score: 70 });
	});

	it('uses the local date of a timestamp', () => {
		expect(localDate(at('2026-11-03', '23:30'))).toBe('2026-11-03');
	});
});
