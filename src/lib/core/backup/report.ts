import type { IsoDate, PainCheckIn, SessionRecord, SpasmEpisode, TensionCheckIn } from '../records';
import { daysBetween, localDate } from '../progress/dates';
import { programSessions, reliefSummary, type ReliefSummary } from '../progress/sessions';
import { totals, type Totals } from '../progress/totals';
import { painChange, type PainChange } from '../progress/trends';
import {
	spasmPatterns,
	triggerCounts,
	type Pattern,
	type TriggerCount
} from '../progress/triggers';

export interface ReportPeriod {
	from: IsoDate;
	to: IsoDate;
}

export interface ReportInput {
	sessions: readonly SessionRecord[];
	checkIns: readonly PainCheckIn[];
	spasms: readonly SpasmEpisode[];
	tension: readonly TensionCheckIn[];
}

export interface FormSummary {
	exerciseId: string;
	sessions: number;
	first: number;
	last: number;
	average: number;
	/** The camera's most frequent corrections for this exercise, most frequent first. */
	commonFaults: { code: string; count: number }[];
}

export interface ReportSummary {
	period: ReportPeriod;
	daysInPeriod: number;
	activeDays: number;
	/** Share of days in the period with a complete or partial session, 0-100. */
	adherencePercent: number;
	totals: Totals;
	pain: PainChange | null;
	relief: ReliefSummary;
	morningPainAverage: number | null;
	tensionAverage: number | null;
	form: FormSummary[];
	spasms: SpasmEpisode[];
	averageSeverity: number | null;
	triggers: TriggerCount[];
	patterns: Pattern[];
}

const inPeriod = (p: ReportPeriod) => (at: string) => {
	const d = localDate(at);
	return d >= p.from && d <= p.to;
};

const average = (xs: readonly number[]) =>
	xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

/** What a clinician needs on one page for the chosen period (inclusive dates). */
export function reportSummary(period: ReportPeriod, input: ReportInput): ReportSummary {
	const within = inPeriod(period);
	const sessions = input.sessions.filter((s) => within(s.startedAt));
	const spasms = input.spasms.filter((e) => within(e.at)).sort((a, b) => a.at.localeCompare(b.at));
	const tension = input.tension.filter((t) => within(t.at));
	const morning = input.checkIns.filter((c) => c.kind === 'morning' && within(c.at));
	const daysInPeriod = Math.max(0, daysBetween(period.from, period.to) + 1);
	const activeDays = new Set(
		sessions.filter((s) => s.status !== 'in-progress').map((s) => localDate(s.startedAt))
	).size;
	return {
		period,
		daysInPeriod,
		activeDays,
		adherencePercent: daysInPeriod === 0 ? 0 : Math.round((activeDays / daysInPeriod) * 100),
		// Relief sessions are reported on their own, not as program sessions.
		totals: totals(programSessions(sessions)),
		pain: painChange(programSessions(sessions)),
		relief: reliefSummary(sessions),
		morningPainAverage: average(morning.map((c) => c.pain)),
		tensionAverage: average(tension.map((t) => t.tension)),
		form: formSummary(sessions),
		spasms,
		averageSeverity: average(spasms.map((e) => e.severity)),
		triggers: triggerCounts(spasms),
		patterns: spasmPatterns(spasms, tension, sessions).patterns
	};
}

function formSummary(sessions: readonly SessionRecord[]): FormSummary[] {
	const scores = new Map<string, number[]>();
	const faults = new Map<string, Map<string, number>>();
	for (const s of [...sessions].sort((a, b) => a.startedAt.localeCompare(b.startedAt))) {
		for (const e of s.exercises) {
			if (e.formScore === undefined) continue;
			scores.set(e.exerciseId, [...(scores.get(e.exerciseId) ?? []), e.formScore]);
			const counts = faults.get(e.exerciseId) ?? new Map<string, number>();
			for (const set of e.cameraSets ?? [])
				for (const f of set.faults) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
			faults.set(e.exerciseId, counts);
		}
	}
	return [...scores].map(([exerciseId, xs]) => ({
		exerciseId,
		sessions: xs.length,
		first: xs[0] ?? 0,
		last: xs.at(-1) ?? 0,
		average: average(xs) ?? 0,
		// The corrections needed most often: what to work on with this person.
		commonFaults: [...(faults.get(exerciseId) ?? [])]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 2)
			.map(([code, count]) => ({ code, count }))
	}));
}
