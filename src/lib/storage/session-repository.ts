import type { IsoDate, PainCheckIn, SessionRecord } from '$lib/core/records';
import { isFurtherAlong } from '$lib/core/session-order';
import { commit, type Database } from './db';
import { guard } from './errors';
import { localDateRange } from './record-repository';

export class SessionRepository {
	readonly #db: Database;
	/** A list() in flight, shared by callers on the same page (Today and Progress load at once). */
	#listing: Promise<SessionRecord[]> | null = null;

	constructor(db: Database) {
		this.#db = db;
	}

	/**
	 * Saves the session as it stands (called after every completed set), with any pain check-ins
	 * that belong to it, in one transaction: both are stored or neither. A copy that is behind the
	 * stored one (a stale write from a second tab) is not stored: returns false.
	 */
	save(session: SessionRecord, checkIns: readonly PainCheckIn[] = []): Promise<boolean> {
		return guard(async () => {
			const db = await this.#db.connect();
			this.#listing = null;
			// Strict: the set is on disk, not only in the OS cache, when the player says it is done.
			const tx = db.transaction(['sessions', 'checkins'], 'readwrite', { durability: 'strict' });
			const work = async () => {
				const stored = await tx.objectStore('sessions').get(session.id);
				if (stored && isFurtherAlong(session, stored)) return false;
				await Promise.all([
					tx.objectStore('sessions').put(session),
					...checkIns.map((c) => tx.objectStore('checkins').put(c))
				]);
				return true;
			};
			return commit(tx, work());
		});
	}

	get(id: string): Promise<SessionRecord | undefined> {
		return guard(async () => (await this.#db.connect()).get('sessions', id), 'open-failed');
	}

	/**
	 * All sessions, oldest first. Concurrent calls share one read (three years of sessions take
	 * ~100 ms to read); a save on this page starts a fresh one. Treat the array as read-only.
	 */
	list(): Promise<SessionRecord[]> {
		if (!this.#listing) {
			const listing = guard(
				async () => (await this.#db.connect()).getAllFromIndex('sessions', 'by-started'),
				'open-failed'
			);
			this.#listing = listing;
			listing
				.finally(() => {
					if (this.#listing === listing) this.#listing = null;
				})
				.catch(() => {});
		}
		return this.#listing;
	}

	listBetween(from: IsoDate, to: IsoDate): Promise<SessionRecord[]> {
		return guard(
			async () =>
				(await this.#db.connect()).getAllFromIndex(
					'sessions',
					'by-started',
					localDateRange(from, to)
				),
			'open-failed'
		);
	}

	forDay(day: number): Promise<SessionRecord[]> {
		return guard(
			async () => (await this.#db.connect()).getAllFromIndex('sessions', 'by-day', day),
			'open-failed'
		);
	}

	/** Pain check-ins recorded with a session (before/after) or following it up (morning). */
	checkInsFor(sessionId: string): Promise<PainCheckIn[]> {
		return guard(
			async () => (await this.#db.connect()).getAllFromIndex('checkins', 'by-session', sessionId),
			'open-failed'
		);
	}

	/** The newest sessions still marked in progress, among the last `scan` started. */
	recentInProgress(scan = 10): Promise<SessionRecord[]> {
		return guard(async () => {
			const db = await this.#db.connect();
			const found: SessionRecord[] = [];
			const tx = db.transaction('sessions');
			let cursor = await tx.store.index('by-started').openCursor(null, 'prev');
			for (let i = 0; cursor && i < scan; i++) {
				if (cursor.value.status === 'in-progress') found.push(cursor.value);
				cursor = await cursor.continue();
			}
			return found;
		}, 'open-failed');
	}

	/**
	 * Marks a session that will never go on (its page died mid-session) as partly done, with
	 * what it had saved. Does nothing if it is no longer in progress: returns whether it changed.
	 */
	closeAbandoned(id: string): Promise<boolean> {
		return guard(async () => {
			const db = await this.#db.connect();
			this.#listing = null;
			const tx = db.transaction('sessions', 'readwrite');
			const work = async () => {
				const stored = await tx.store.get(id);
				if (stored?.status !== 'in-progress') return false;
				const ended = Date.parse(stored.startedAt) + stored.durationSeconds * 1000;
				await tx.store.put({
					...stored,
					status: 'partial',
					endedAt: new Date(ended).toISOString()
				});
				return true;
			};
			return commit(tx, work());
		});
	}

	/** True once any session has been completed: the moment to ask for persistent storage. */
	async hasCompleted(): Promise<boolean> {
		const db = await guard(() => this.#db.connect(), 'open-failed');
		let cursor = await db.transaction('sessions').store.openCursor();
		while (cursor) {
			if (cursor.value.status === 'complete') return true;
			cursor = await cursor.continue();
		}
		return false;
	}

	count(): Promise<number> {
		return guard(async () => (await this.#db.connect()).count('sessions'), 'open-failed');
	}
}
