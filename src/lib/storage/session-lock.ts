/**
 * A Web Lock held by the page that plays a session, for as long as it plays. Other tabs can ask
 * which sessions are playing: the update flow waits for them, and a session left "in progress"
 * with no lock held was cut off (the tab or the browser died) and will never go on. The browser
 * releases a page's locks when the page goes, however it goes.
 */
import type { SessionRepository } from './session-repository';

const PREFIX = 'brace-session:';

const locks = (): LockManager | null =>
	typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;

/** Takes the lock for a session; call the returned function when the session ends. */
export function holdSessionLock(sessionId: string): () => void {
	const manager = locks();
	if (!manager) return () => {};
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	manager.request(PREFIX + sessionId, () => held).catch(() => {});
	return release;
}

/** Ids of the sessions playing in any tab of this app right now. */
export async function playingSessions(): Promise<string[]> {
	const manager = locks();
	if (!manager) return [];
	try {
		const { held = [] } = await manager.query();
		return held.flatMap((l) => (l.name?.startsWith(PREFIX) ? [l.name.slice(PREFIX.length)] : []));
	} catch {
		return [];
	}
}

/**
 * Sessions left "in progress" by a page that died (a closed tab, a killed browser, a flat
 * battery) will never go on: mark them partly done, keeping every set they saved, so the
 * history, streaks and report count them. Sessions playing in a live tab hold their lock and
 * are left alone; without Web Locks nothing can tell a live session from a dead one, so
 * nothing is touched. Returns how many were closed.
 */
export async function closeAbandonedSessions(sessions: SessionRepository): Promise<number> {
	if (!locks()) return 0;
	// Read first, then ask for the locks: a session stored by the time of the read has taken
	// its lock already (the lock is taken at start, the first save needs a tap after that).
	const candidates = await sessions.recentInProgress();
	if (candidates.length === 0) return 0;
	const playing = new Set(await playingSessions());
	let closed = 0;
	for (const s of candidates) {
		if (!playing.has(s.id) && (await sessions.closeAbandoned(s.id))) closed++;
	}
	return closed;
}
