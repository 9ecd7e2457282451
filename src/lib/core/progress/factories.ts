/** Test-data factories for records: valid by default, override what a test cares about. */
import type {
	ExerciseResult,
	PainCheckIn,
	PainScore,
	SessionRecord,
	SpasmEpisode,
	TensionCheckIn
} from '../records';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${(++counter).toString(36).padStart(6, '0')}`;

export function exerciseResult(overrides: Partial<ExerciseResult> = {}): ExerciseResult {
	return {
		exerciseId: 'dead-bug',
		setsPlanned: 3,
		setsDone: 3,
		repsDone: 24,
		holdsDone: 0,
		secondsDone: 90,
		skipped: false,
		...overrides
	};
}

export function sessionRecord(overrides: Partial<SessionRecord> = {}): SessionRecord {
	const startedAt = overrides.startedAt ?? '2026-11-02T08:00:00.000Z';
	return {
		id: nextId('s'),
		day: 1,
		startedAt,
		endedAt: new Date(Date.parse(startedAt) + 15 * 60_000).toISOString(),
		status: 'complete',
		painBefore: 4,
		painAfter: 2,
		exercises: [exerciseResult()],
		skippedSteps: [],
		cameraUsed: false,
		durationSeconds: 900,
		notes: '',
		...overrides
	};
}

export function painCheckIn(overrides: Partial<PainCheckIn> = {}): PainCheckIn {
	return {
		id: nextId('c'),
		at: '2026-11-03T07:30:00.000Z',
		kind: 'morning',
		pain: 3,
		sessionId: null,
		...overrides
	};
}

export function spasmEpisode(overrides: Partial<SpasmEpisode> = {}): SpasmEpisode {
	return {
		id: nextId('e'),
		at: '2026-11-04T18:00:00.000Z',
		area: ['lower-left'],
		severity: 7,
		triggers: ['sitting-long'],
		sittingHours: 3,
		helped: ['knees-to-chest'],
		notes: '',
		...overrides
	};
}

export function tensionCheckIn(overrides: Partial<TensionCheckIn> = {}): TensionCheckIn {
	return { id: nextId('t'), at: '2026-11-04T09:00:00.000Z', tension: 4, notes: '', ...overrides };
}

export function pain(n: number): PainScore {
	return Math.max(0, Math.min(10, Math.round(n))) as PainScore;
}
