/**
 * A Web Lock held by the page that plays a session, for as long as it plays. Other tabs can ask
 * which sessions are playing: the update flow waits for them, and a session left "in progress"
 * with no lock held was cut off (the tab or the browser died) and will never go on.
 */
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
