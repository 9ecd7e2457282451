import { describe, expect, it } from 'vitest';
import { createProgramState } from '../program/state';
import {
	createBackup,
	emptyBackupData,
	MAX_BACKUP_BYTES,
	type BackupData,
	type JsonValue
} from './format';
import { checkBackupSize, nestingDepth, parseBackup } from './parse';
import { painCheckIn, sessionRecord, spasmEpisode, tensionCheckIn } from '../progress/factories';

const now = new Date('2026-11-26T08:00:00.000Z');

function sampleData(): BackupData {
	return {
		settings: [
			{ key: 'reminderTime', value: '08:30' },
			{ key: 'device.persisted', value: true }
		],
		program: createProgramState('2026-11-02') as unknown as JsonValue,
		sessions: [sessionRecord(), sessionRecord({ status: 'partial', painAfter: null })],
		checkIns: [painCheckIn()],
		spasms: [spasmEpisode()],
		tension: [tensionCheckIn()]
	};
}

const text = (value: unknown) => JSON.stringify(value);

describe('parseBackup', () => {
	it('round-trips an export and leaves device-only settings out', () => {
		const backup = createBackup(sampleData(), '0.1.0', now);
		const result = parseBackup(text(backup));
		expect(result).toEqual({ ok: true, backup });
		expect(backup.data.settings.map((s) => s.key)).toEqual(['reminderTime']);
	});

	it('round-trips the fields added for the stretch session, high-pain choices and the body map', () => {
		const data = sampleData();
		data.sessions.push(sessionRecord({ day: 0 }), sessionRecord({ adjusted: 'lighter' }));
		data.tension.push(tensionCheckIn({ areas: ['lower-left'], dayHeld: ['driving', 'stress'] }));
		const backup = createBackup(data, '0.1.0', now);
		expect(parseBackup(text(backup))).toEqual({ ok: true, backup });
		const odd = createBackup({ ...data, sessions: [sessionRecord({ day: -1 })] }, '0.1.0', now);
		expect(parseBackup(text(odd)).ok).toBe(false);
	});

	it('accepts an empty export', () => {
		expect(parseBackup(text(createBackup(emptyBackupData(), '0.1.0', now))).ok).toBe(true);
	});

	const refused: [string, string, string][] = [
		['empty', '', 'empty'],
		['not JSON', '{"format": "brace-backup", ', 'not-json'],
		['another JSON file', '{"hello": 1}', 'not-a-backup'],
		['a JSON array', '[]', 'not-a-backup'],
		[
			'a newer version',
			text({ ...createBackup(emptyBackupData(), '9', now), version: 2 }),
			'unsupported-version'
		],
		[
			'a string version',
			text({ ...createBackup(emptyBackupData(), '9', now), version: '1' }),
			'unsupported-version'
		],
		['deep nesting', `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`, 'too-deep']
	];
	it.each(refused)('refuses %s', (_, input, code) => {
		const result = parseBackup(input);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.code).toBe(code);
			expect(result.error.message.length).toBeGreaterThan(10);
		}
	});

	it('refuses prototype-pollution keys anywhere, even inside free-form settings', () => {
		for (const key of ['__proto__', 'constructor', 'prototype']) {
			const backup = createBackup(sampleData(), '0.1.0', now);
			const input = text(backup).replace('"value":"08:30"', `"value":{"${key}":{"polluted":1}}`);
			expect(input).toContain(key);
			const result = parseBackup(input);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.error.code).toBe('forbidden-key');
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses wrong types, unknown keys, huge strings and out-of-range values with a path', () => {
		const cases: [(d: BackupData) => void, string][] = [
			[
				(d) => Object.assign(d.sessions[0] ?? {}, { painBefore: '4' }),
				'data.sessions.0.painBefore'
			],
			[(d) => Object.assign(d.sessions[0] ?? {}, { painAfter: 11 }), 'data.sessions.0.painAfter'],
			[(d) => Object.assign(d.checkIns[0] ?? {}, { extra: true }), 'data.checkIns.0'],
			[
				(d) => Object.assign(d.spasms[0] ?? {}, { notes: 'x'.repeat(100_000) }),
				'data.spasms.0.notes'
			],
			[(d) => Object.assign(d.tension[0] ?? {}, { at: 'yesterday' }), 'data.tension.0.at'],
			[(d) => Object.assign(d.spasms[0] ?? {}, { triggers: ['cats'] }), 'data.spasms.0.triggers.0'],
			[(d) => (d.settings[0] = { key: 'k', value: 'y'.repeat(20_000) }), 'data.settings.0.value']
		];
		for (const [mutate, path] of cases) {
			const data = sampleData();
			mutate(data);
			const result = parseBackup(text(createBackup(data, '0.1.0', now)));
			expect(result.ok, path).toBe(false);
			if (!result.ok) {
				expect(result.error.code).toBe('invalid');
				expect(result.error.detail).toContain(path);
			}
		}
	});

	it('refuses non-finite numbers that JSON can smuggle in as 1e400', () => {
		const json = text(createBackup(sampleData(), '0.1.0', now)).replace(
			'"durationSeconds":900',
			'"durationSeconds":1e400'
		);
		const result = parseBackup(json);
		expect(result.ok).toBe(false);
	});

	it('refuses a file that lists a record twice', () => {
		const data = sampleData();
		data.sessions.push({ ...data.sessions[0]! });
		const result = parseBackup(text(createBackup(data, '0.1.0', now)));
		expect(result.ok ? null : result.error.code).toBe('duplicate-id');
	});

	it('checks the size before reading', () => {
		expect(checkBackupSize(0)?.code).toBe('empty');
		expect(checkBackupSize(MAX_BACKUP_BYTES + 1)?.code).toBe('too-large');
		expect(checkBackupSize(1000)).toBeNull();
	});

	it('measures nesting outside strings only', () => {
		expect(nestingDepth('{"a":"[[[[\\"[[","b":[[1]]}')).toBe(3);
	});
});
