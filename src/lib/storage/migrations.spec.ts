import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createProgramState } from '$lib/core/program/state';
import { painCheckIn, sessionRecord, spasmEpisode } from '$lib/core/progress/factories';
import { Database } from './db';
import { createRepositories } from './index';
import { DB_VERSION, PROGRAM_KEY, type BraceDB } from './schema';
import { upgradeBraceDb } from './upgrade';

/** Builds a database exactly as app version `version` did (its upgrade blocks only). */
function openAsVersion(name: string, version: number) {
	return openDB<BraceDB>(name, version, {
		upgrade: (db, oldVersion, _new, tx) => upgradeBraceDb(db, oldVersion, version, tx)
	});
}

describe('migrations', () => {
	it('ships version 2', () => {
		expect(DB_VERSION).toBe(2);
	});

	it('v1 → v2 keeps every record and adds the tension store and check-in date index', async () => {
		const name = 'migrate-v1-v2';
		const v1 = await openAsVersion(name, 1);
		expect([...v1.objectStoreNames].sort()).toEqual([
			'checkins',
			'program',
			'sessions',
			'settings',
			'spasms'
		]);
		const sessions = [
			sessionRecord({ startedAt: '2026-11-02T08:00:00.000Z' }),
			sessionRecord({ startedAt: '2026-11-03T08:00:00.000Z', status: 'in-progress', endedAt: null })
		];
		const checkIns = [
			painCheckIn({ at: '2026-11-03T07:00:00.000Z', sessionId: sessions[0]!.id }),
			painCheckIn({ at: '2026-11-02T07:00:00.000Z', kind: 'spot' })
		];
		const spasm = spasmEpisode();
		const program = {
			key: PROGRAM_KEY,
			state: createProgramState('2026-11-02'),
			updatedAt: '2026-11-03T09:00:00.000Z'
		} as const;
		const tx = v1.transaction(
			['sessions', 'checkins', 'spasms', 'settings', 'program'],
			'readwrite'
		);
		await Promise.all([
			...sessions.map((s) => tx.objectStore('sessions').put(s)),
			...checkIns.map((c) => tx.objectStore('checkins').put(c)),
			tx.objectStore('spasms').put(spasm),
			tx.objectStore('settings').put({ key: 'reminderTime', value: '08:30' }),
			tx.objectStore('program').put(program),
			tx.done
		]);
		v1.close();

		const db = new Database(name);
		const repos = createRepositories(db);
		const v2 = await db.connect();
		expect(v2.version).toBe(2);
		expect(v2.objectStoreNames.contains('tension')).toBe(true);
		expect(await repos.sessions.list()).toEqual(sessions);
		expect(await repos.checkIns.list()).toEqual([checkIns[1], checkIns[0]]);
		expect(await repos.checkIns.listBetween('2026-11-03', '2026-11-03')).toEqual([checkIns[0]]);
		expect(await repos.sessions.checkInsFor(sessions[0]!.id)).toEqual([checkIns[0]]);
		expect(await repos.spasms.list()).toEqual([spasm]);
		expect(await repos.settings.all()).toEqual([{ key: 'reminderTime', value: '08:30' }]);
		expect(await repos.program.get()).toEqual(program.state);
		expect(await repos.tension.list()).toEqual([]);
		await db.close();
	});

	it('opening a fresh database runs every block', async () => {
		const db = new Database('migrate-fresh');
		const conn = await db.connect();
		expect([...conn.objectStoreNames].sort()).toEqual([
			'checkins',
			'program',
			'sessions',
			'settings',
			'spasms',
			'tension'
		]);
		expect([...conn.transaction('checkins').store.indexNames].sort()).toEqual([
			'by-at',
			'by-session'
		]);
		await db.close();
	});
});
