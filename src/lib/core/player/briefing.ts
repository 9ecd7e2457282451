import type { SessionRecord } from '../records';

export {
	briefingFor,
	mostCommonMistake,
	restReminder,
	SHORT_BRIEFING_AFTER,
	speechMs,
	type Briefing,
	type BriefingKind,
	type TimedLine
} from '../program/briefing';

/** Sessions in which each exercise (by id) had at least one set done, from stored records. */
export type Familiarity = Readonly<Record<string, number>>;

export function familiarityFrom(records: readonly SessionRecord[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const record of records) {
		const done = new Set(record.exercises.filter((e) => e.setsDone > 0).map((e) => e.exerciseId));
		for (const id of done) counts[id] = (counts[id] ?? 0) + 1;
	}
	return counts;
}
