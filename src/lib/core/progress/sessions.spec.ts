import { describe, expect, it } from 'vitest';
import { reportSummary } from '../backup/report';
import { exerciseResult, sessionRecord } from './factories';
import { programSessions, reliefSummary } from './sessions';
import { totals } from './totals';
import { painChange } from './trends';

const program = sessionRecord({ day: 1, painBefore: 4, painAfter: 2 });
const relief = sessionRecord({
	day: 0,
	startedAt: '2026-11-02T18:00:00.000Z',
	painBefore: 8,
	painAfter: 5,
	durationSeconds: 600
});
const empty = sessionRecord({
	day: 2,
	status: 'partial',
	painBefore: 3,
	painAfter: null,
	exercises: [exerciseResult({ setsDone: 0, repsDone: 0, secondsDone: 0, skipped: true })]
});

describe('program and relief sessions', () => {
	it('counts only program days with something done in the program figures', () => {
		expect(programSessions([program, relief, empty])).toEqual([program]);
		expect(totals(programSessions([program, relief, empty])).sessions).toBe(1);
		expect(painChange(programSessions([program, relief]))).toEqual({
			sessions: 1,
			averageBefore: 4,
			averageAfter: 2
		});
	});

	it('sums relief sessions on their own', () => {
		expect(reliefSummary([program, relief, empty])).toEqual({
			count: 1,
			minutes: 10,
			pain: { sessions: 1, averageBefore: 8, averageAfter: 5 },
			recent: [{ id: relief.id, date: '2026-11-02', before: 8, after: 5 }]
		});
	});

	it('keeps relief out of the clinician report’s program figures and reports it apart', () => {
		const summary = reportSummary(
			{ from: '2026-11-01', to: '2026-11-30' },
			{ sessions: [program, relief, empty], spasms: [], tension: [], checkIns: [] }
		);
		expect(summary.totals.sessions).toBe(1);
		expect(summary.pain?.averageBefore).toBe(4);
		expect(summary.relief.count).toBe(1);
	});
});
