import type { SessionRecord } from './records';

const STATUS_RANK: Record<SessionRecord['status'], number> = {
	'in-progress': 0,
	partial: 1,
	complete: 2
};

/**
 * True when b records more of the same session than a: a later status, then more sets done,
 * then more active time. Storage keeps the copy further along (a stale write from a second tab
 * is refused), and so does an import.
 */
export function isFurtherAlong(a: SessionRecord, b: SessionRecord): boolean {
	const key = (s: SessionRecord) => [
		STATUS_RANK[s.status],
		s.exercises.reduce((n, e) => n + e.setsDone, 0),
		s.durationSeconds
	];
	const [ka, kb] = [key(a), key(b)];
	for (let i = 0; i < ka.length; i++) {
		if ((kb[i] ?? 0) !== (ka[i] ?? 0)) return (kb[i] ?? 0) > (ka[i] ?? 0);
	}
	return false;
}
