import { describe, expect, it } from 'vitest';
import { isFurtherAlong } from '../session-order';
import { describePreview, isNoop, planMerge, previewOf, type ExistingData } from './merge';
import {
	exerciseResult,
	painCheckIn,
	sessionRecord,
	spasmEpisode,
	tensionCheckIn
} from '../progress/factories';
import type { BackupData } from './format';

const here = sessionRecord({
	id: 's-here',
	status: 'partial',
	exercises: [exerciseResult({ setsDone: 1 })]
});
const existing: ExistingData = {
	sessions: new Map([[here.id, here]]),
	checkInIds: new Set(['c-here']),
	spasmIds: new Set(),
	tensionIds: new Set(['t-here']),
	settingKeys: new Set(['reminderTime']),
	hasProgram: true
};

describe('planMerge', () => {
	it('adds new records, keeps existing ones and takes a session further along', () => {
		const incoming: BackupData = {
			settings: [
				{ key: 'reminderTime', value: '07:00' },
				{ key: 'voice', value: 'on' }
			],
			program: { startDate: '2026-10-01' },
			sessions: [{ ...here, status: 'complete' }, sessionRecord({ id: 's-new' })],
			checkIns: [painCheckIn({ id: 'c-here' }), painCheckIn({ id: 'c-new' })],
			spasms: [spasmEpisode({ id: 'e-new' })],
			tension: [tensionCheckIn({ id: 't-here' })]
		};
		const plan = planMerge(existing, incoming);
		expect(plan.sessions.add.map((s) => s.id)).toEqual(['s-new']);
		expect(plan.sessions.update.map((s) => s.id)).toEqual(['s-here']);
		expect(plan.checkIns.add.map((c) => c.id)).toEqual(['c-new']);
		expect(plan.settings.add).toEqual([{ key: 'voice', value: 'on' }]);
		expect(plan.program).toBeNull();
		const preview = previewOf(plan);
		expect(preview).toEqual({
			sessions: 1,
			sessionsUpdated: 1,
			checkIns: 1,
			spasms: 1,
			tension: 0,
			settings: 1,
			program: false,
			alreadyHere: 2
		});
		expect(describePreview(preview)).toEqual([
			'1 session',
			'1 session completed further',
			'1 pain check-in',
			'1 spasm episode',
			'1 setting'
		]);
	});

	it('never moves a session backwards and takes the program only onto an empty device', () => {
		const older = { ...here, status: 'in-progress' as const };
		const plan = planMerge(
			{ ...existing, hasProgram: false },
			{
				settings: [],
				program: { startDate: '2026-10-01' },
				sessions: [older, here],
				checkIns: [],
				spasms: [],
				tension: []
			}
		);
		expect(plan.sessions.update).toEqual([]);
		expect(plan.sessions.unchanged).toBe(2);
		expect(plan.program).toEqual({ startDate: '2026-10-01' });
	});

	it('orders sessions by status, then sets done, then time', () => {
		const a = sessionRecord({ status: 'partial', exercises: [exerciseResult({ setsDone: 2 })] });
		expect(isFurtherAlong(a, { ...a, exercises: [exerciseResult({ setsDone: 3 })] })).toBe(true);
		expect(isFurtherAlong(a, { ...a, durationSeconds: a.durationSeconds + 1 })).toBe(true);
		expect(isFurtherAlong(a, { ...a, status: 'in-progress', durationSeconds: 9999 })).toBe(false);
		expect(isFurtherAlong(a, a)).toBe(false);
	});

	it('reports a re-import of the same file as nothing to add', () => {
		const plan = planMerge(existing, {
			settings: [{ key: 'reminderTime', value: '07:00' }],
			program: null,
			sessions: [here],
			checkIns: [],
			spasms: [],
			tension: [tensionCheckIn({ id: 't-here' })]
		});
		expect(isNoop(previewOf(plan))).toBe(true);
	});
});
