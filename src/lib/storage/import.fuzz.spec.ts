import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, MAX_BACKUP_BYTES } from '$lib/core/backup/format';
import { createProgramState, type ProgramState } from '$lib/core/program/state';
import {
	exerciseResult,
	painCheckIn,
	sessionRecord,
	spasmEpisode,
	tensionCheckIn
} from '$lib/core/progress/factories';
import { prepareImport } from './import';
import { freshRepositories, snapshot, type TestRepositories } from './test-helpers';
import { mutators, mulberry32, type Mutator } from './fuzz-mutators';

const FILES = 1000;
let repos: TestRepositories;
let base: string;
let before: Record<string, unknown[]>;

beforeAll(async () => {
	// A device that already holds data; the base file is its own export, then changed elsewhere.
	repos = freshRepositories();
	const program: ProgramState = createProgramState('2026-11-02');
	for (let i = 0; i < 12; i++) {
		const s = sessionRecord({
			day: i + 1,
			startedAt: new Date(Date.UTC(2026, 10, 2 + i, 8)).toISOString(),
			cameraUsed: i % 2 === 0,
			exercises: [
				exerciseResult({ formScore: 70, goodFormSeconds: 40 }),
				exerciseResult({ exerciseId: 'plank' })
			]
		});
		await repos.sessions.save(s, [
			painCheckIn({ kind: 'before', sessionId: s.id, at: s.startedAt })
		]);
	}
	await repos.spasms.put(spasmEpisode());
	await repos.tension.put(tensionCheckIn());
	await repos.settings.set('reminderTime', '08:30');
	await repos.program.put(program);
	base = JSON.stringify(createBackup(await repos.backup.exportData(), '0.1.0', new Date()));
	// The base file itself imports (as a no-op); only the mutations must be refused.
	const ok = await prepareImport(repos.backup, base);
	expect(ok.ok).toBe(true);
	before = await snapshot(repos.db);
});

afterAll(async () => {
	await repos.db.close();
});

describe('import fuzz', () => {
	it(`refuses ${FILES} malformed or hostile files with a clear message and changes nothing`, async () => {
		const random = mulberry32(0xb7ace);
		const seen = new Map<string, number>();
		const codes = new Map<string, number>();
		for (let i = 0; i < FILES; i++) {
			const mutator: Mutator = mutators[Math.floor(random() * mutators.length)]!;
			const text = mutator.mutate(base, random);
			expect(text.length).toBeLessThanOrEqual(MAX_BACKUP_BYTES + 2);
			const result = await prepareImport(repos.backup, text);
			if (result.ok) {
				await repos.backup.importData(result.backup.data); // would show up in the snapshot
				throw new Error(`file ${i} (${mutator.name}) was accepted`);
			}
			expect(result.error.message, mutator.name).toMatch(/\w{3,}.*\./);
			seen.set(mutator.name, (seen.get(mutator.name) ?? 0) + 1);
			codes.set(
				`${mutator.name}:${result.error.code}`,
				(codes.get(`${mutator.name}:${result.error.code}`) ?? 0) + 1
			);
			if (i % 100 === 99) expect(await snapshot(repos.db)).toEqual(before);
		}
		expect(await snapshot(repos.db)).toEqual(before);
		expect(seen.size).toBe(mutators.length);
		// Every kind of refusal is exercised, not just "not JSON".
		const kinds = new Set([...codes.keys()].map((k) => k.split(':')[1]));
		expect(kinds.size).toBeGreaterThanOrEqual(8);
	}, 60_000);
});
