import type {
	IsoDate,
	SessionRecord,
	SpasmEpisode,
	SpasmTrigger,
	TensionCheckIn
} from '../records';
import { SPASM_TRIGGERS } from '../records';
import { addDays, localDate } from './dates';

/** Below this many episodes, patterns are noise; the view asks for more logs instead. */
export const MIN_EPISODES_FOR_PATTERNS = 5;
/** Sitting longer than this before an episode counts as "sitting long". */
export const LONG_SITTING_HOURS = 2;
/** A tension rating at or above this counts as a tight day. */
export const HIGH_TENSION = 6;

export interface TriggerCount {
	trigger: SpasmTrigger;
	count: number;
}

/** How often each trigger was logged, most frequent first; triggers never logged are left out. */
export function triggerCounts(episodes: readonly SpasmEpisode[]): TriggerCount[] {
	const counts = new Map<SpasmTrigger, number>();
	for (const e of episodes)
		for (const t of new Set(e.triggers)) counts.set(t, (counts.get(t) ?? 0) + 1);
	return SPASM_TRIGGERS.filter((t) => counts.has(t))
		.map((trigger) => ({ trigger, count: counts.get(trigger) ?? 0 }))
		.sort((a, b) => b.count - a.count);
}

export type PatternKind = 'trigger' | 'sitting' | 'tension' | 'no-session';

/** "matching of total episodes <phrase>", e.g. 4 of your 5 episodes followed more than 2 hours of sitting. */
export interface Pattern {
	kind: PatternKind;
	matching: number;
	total: number;
	text: string;
}

export interface PatternReport {
	enough: boolean;
	episodes: number;
	/** Episodes still needed before patterns are shown. */
	needed: number;
	patterns: Pattern[];
}

/**
 * Simple on-device patterns, strongest first. These are counts, not statistics: a pattern is
 * shown when it holds for at least half of the episodes it could apply to.
 */
export function spasmPatterns(
	episodes: readonly SpasmEpisode[],
	tension: readonly TensionCheckIn[],
	sessions: readonly SessionRecord[]
): PatternReport {
	const total = episodes.length;
	if (total < MIN_EPISODES_FOR_PATTERNS) {
		return {
			enough: false,
			episodes: total,
			needed: MIN_EPISODES_FOR_PATTERNS - total,
			patterns: []
		};
	}
	const patterns: Pattern[] = [];
	for (const { trigger, count } of triggerCounts(episodes)) {
		if (trigger === 'other') continue;
		patterns.push(pattern('trigger', count, total, `were logged with ${TRIGGER_PHRASES[trigger]}`));
	}
	const sat = episodes.filter((e) => e.sittingHours !== null);
	if (sat.length >= MIN_EPISODES_FOR_PATTERNS) {
		const long = sat.filter((e) => (e.sittingHours ?? 0) > LONG_SITTING_HOURS).length;
		patterns.push(
			pattern(
				'sitting',
				long,
				sat.length,
				`followed more than ${LONG_SITTING_HOURS} hours of sitting`
			)
		);
	}
	const tight = tightDays(tension);
	if (tight.rated.size > 0) {
		const near = (d: IsoDate) => tight.high.has(d) || tight.high.has(addDays(d, -1));
		const rated = episodes.filter((e) => {
			const d = localDate(e.at);
			return tight.rated.has(d) || tight.rated.has(addDays(d, -1));
		});
		if (rated.length >= MIN_EPISODES_FOR_PATTERNS) {
			const matching = rated.filter((e) => near(localDate(e.at))).length;
			patterns.push(
				pattern(
					'tension',
					matching,
					rated.length,
					`came on or after a day you rated your back tight`
				)
			);
		}
	}
	if (sessions.length > 0) {
		const sessionDays = new Set(sessions.map((s) => localDate(s.startedAt)));
		const firstSession = [...sessionDays].sort()[0] ?? '';
		const inProgram = episodes.filter((e) => localDate(e.at) > firstSession);
		if (inProgram.length >= MIN_EPISODES_FOR_PATTERNS) {
			const none = inProgram.filter((e) => {
				const d = localDate(e.at);
				return !sessionDays.has(addDays(d, -1)) && !sessionDays.has(addDays(d, -2));
			}).length;
			patterns.push(
				pattern('no-session', none, inProgram.length, 'came after two days without a session')
			);
		}
	}
	return {
		enough: true,
		episodes: total,
		needed: 0,
		patterns: patterns
			.filter((p) => p.matching * 2 >= p.total && p.matching > 0)
			.sort((a, b) => b.matching / b.total - a.matching / a.total)
	};
}

function pattern(kind: PatternKind, matching: number, total: number, phrase: string): Pattern {
	const noun = total === 1 ? 'episode' : 'episodes';
	return { kind, matching, total, text: `${matching} of your ${total} ${noun} ${phrase}` };
}

function tightDays(tension: readonly TensionCheckIn[]) {
	const rated = new Set<IsoDate>();
	const high = new Set<IsoDate>();
	for (const t of tension) {
		const d = localDate(t.at);
		rated.add(d);
		if (t.tension >= HIGH_TENSION) high.add(d);
	}
	return { rated, high };
}

const TRIGGER_PHRASES: Record<SpasmTrigger, string> = {
	driving: 'driving',
	'sitting-long': 'sitting a long time',
	lifting: 'lifting',
	bending: 'bending',
	stress: 'stress',
	sport: 'sport',
	'poor-sleep': 'poor sleep',
	dehydration: 'dehydration',
	'sneeze-cough': 'a sneeze or cough',
	other: 'another trigger'
};
