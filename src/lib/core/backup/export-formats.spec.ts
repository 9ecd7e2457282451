import { describe, expect, it } from 'vitest';
import { checkInsCsv, csvCell, sessionsCsv, toCsv } from './csv';
import { buildIcs, escapeText, foldLine } from './ics';
import { reportSummary } from './report';
import {
	exerciseResult,
	painCheckIn,
	sessionRecord,
	spasmEpisode,
	tensionCheckIn
} from '../progress/factories';

describe('csv', () => {
	it('quotes and neutralises formulas', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"\nthen')).toBe('"say ""hi""\nthen"');
		expect(csvCell('=HYPERLINK("http://localhost")')).toBe(`"'=HYPERLINK(""http://localhost"")"`);
		for (const c of ['+1', '-2', '@SUM(A1)', '\tx'])
			expect(csvCell(c).startsWith(`'`) || csvCell(c).startsWith(`"'`)).toBe(true);
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(null)).toBe('');
		expect(csvCell(true)).toBe('yes');
		expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
	});

	it('writes one row per exercise and keeps hostile notes inert', () => {
		const csv = sessionsCsv([
			sessionRecord({
				id: 's1',
				notes: '=cmd|calc',
				exercises: [
					exerciseResult({ exerciseId: 'plank' }),
					exerciseResult({ exerciseId: 'bird-dog', formScore: 80 })
				]
			}),
			sessionRecord({ id: 's0', startedAt: '2026-10-01T08:00:00.000Z', exercises: [] })
		]);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[1]?.startsWith('s0,')).toBe(true);
		expect(lines[3]).toContain(",bird-dog,3,3,24,0,90,,80,no,'=cmd|calc");
	});

	it('merges check-ins, tension and spasms in time order', () => {
		const csv = checkInsCsv(
			[painCheckIn({ at: '2026-11-03T07:00:00.000Z', pain: 2 })],
			[tensionCheckIn({ at: '2026-11-01T07:00:00.000Z', tension: 6, notes: 'tight, sore' })],
			[spasmEpisode({ at: '2026-11-02T07:00:00.000Z', triggers: ['lifting', 'stress'] })]
		);
		const types = csv
			.trimEnd()
			.split('\r\n')
			.slice(1)
			.map((l) => l.split(',')[2]);
		expect(types).toEqual(['tension', 'spasm', 'pain-morning']);
		expect(csv).toContain('"tight, sore"');
		expect(csv).toContain('lifting stress');
	});
});

describe('ics', () => {
	const ics = buildIcs({
		days: [
			{ day: 5, date: '2026-11-30' },
			{ day: 6, date: '2026-12-01' }
		],
		time: '08:30',
		durationMinutes: 15,
		now: new Date('2026-11-26T07:45:12.345Z'),
		programId: 'p1'
	});

	it('writes CRLF lines, UID, DTSTAMP and floating local start times', () => {
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
		expect(ics).toContain('UID:brace-p1-day-5@brace.app\r\n');
		expect(ics).toContain('DTSTAMP:20261126T074512Z\r\n');
		expect(ics).toContain('DTSTART:20261201T083000\r\n');
		expect(ics).toContain('SUMMARY:Brace day 6 of 28: core session');
		for (const line of ics.split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});

	it('escapes text and folds long lines without splitting characters', () => {
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
		const folded = foldLine('DESCRIPTION:' + 'é'.repeat(80));
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
		expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(
			'DESCRIPTION:' + 'é'.repeat(80)
		);
		expect(() =>
			buildIcs({ days: [], time: '25:00', durationMinutes: 5, now: new Date(), programId: 'x' })
		).toThrow(RangeError);
	});
});

describe('reportSummary', () => {
	const at = (d: string) => new Date(`${d}T09:00:00`).toISOString();
	it('summarises only the chosen period', () => {
		const summary = reportSummary(
			{ from: '2026-11-01', to: '2026-11-10' },
			{
				sessions: [
					sessionRecord({
						startedAt: at('2026-11-01'),
						painBefore: 6,
						painAfter: 4,
						exercises: [exerciseResult({ formScore: 60 })]
					}),
					sessionRecord({
						startedAt: at('2026-11-03'),
						painBefore: 4,
						painAfter: 2,
						exercises: [
							exerciseResult({
								formScore: 80,
								cameraSets: [1, 2].map((set) => ({
									set,
									side: null,
									reps: 6,
									goodReps: 5,
									goodFormSeconds: 20,
									formScore: 80,
									trackedSeconds: 25,
									faults: [
										{ code: 'back-arched', start: 3, end: 4 },
										...(set === 2 ? [{ code: 'too-fast', start: 9, end: 10 }] : [])
									]
								}))
							})
						]
					}),
					sessionRecord({
						startedAt: at('2026-11-03'),
						status: 'in-progress',
						painBefore: null,
						painAfter: null
					}),
					sessionRecord({ startedAt: at('2026-11-20') })
				],
				checkIns: [
					painCheckIn({ at: at('2026-11-02'), pain: 3 }),
					painCheckIn({ at: at('2026-11-04'), pain: 2 })
				],
				spasms: [spasmEpisode({ at: at('2026-11-05'), severity: 8, triggers: ['lifting'] })],
				tension: [tensionCheckIn({ at: at('2026-11-05'), tension: 5 })]
			}
		);
		expect(summary).toMatchObject({
			daysInPeriod: 10,
			activeDays: 2,
			adherencePercent: 20,
			pain: { sessions: 2, averageBefore: 5, averageAfter: 3 },
			morningPainAverage: 2.5,
			tensionAverage: 5,
			averageSeverity: 8,
			triggers: [{ trigger: 'lifting', count: 1 }]
		});
		expect(summary.totals.sessions).toBe(3);
		expect(summary.form).toEqual([
			{
				exerciseId: 'dead-bug',
				sessions: 2,
				first: 60,
				last: 80,
				average: 70,
				commonFaults: [
					{ code: 'back-arched', count: 2 },
					{ code: 'too-fast', count: 1 }
				]
			}
		]);
	});
});
