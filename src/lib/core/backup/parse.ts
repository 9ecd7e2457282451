import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, type BackupFile } from './format';
import { backupSchema } from './schema';

export const MAX_DEPTH = 16;
/** Keys that could reach an object's prototype if the data were ever spread or assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type BackupErrorCode =
	| 'empty'
	| 'too-large'
	| 'too-deep'
	| 'not-json'
	| 'forbidden-key'
	| 'not-a-backup'
	| 'unsupported-version'
	| 'invalid'
	| 'duplicate-id';

export interface BackupError {
	code: BackupErrorCode;
	/** A sentence for the person importing. */
	message: string;
	/** Where in the file, for support: e.g. data.sessions.3.painBefore */
	detail?: string;
}

export type ParseResult = { ok: true; backup: BackupFile } | { ok: false; error: BackupError };

const fail = (code: BackupErrorCode, message: string, detail?: string): ParseResult => ({
	ok: false,
	error: detail === undefined ? { code, message } : { code, message, detail }
});

/** Checked on the File before reading it, so a huge file is never loaded into memory. */
export function checkBackupSize(bytes: number): BackupError | null {
	if (bytes === 0) return { code: 'empty', message: 'This file is empty.' };
	if (bytes > MAX_BACKUP_BYTES) {
		const mb = Math.round(MAX_BACKUP_BYTES / 1024 / 1024);
		return {
			code: 'too-large',
			message: `This file is too big to be a Brace backup (over ${mb} MB).`
		};
	}
	return null;
}

/** Parses and validates a backup file's text. Never throws; never returns a partly valid file. */
export function parseBackup(text: string): ParseResult {
	const sizeError = checkBackupSize(text.length);
	if (sizeError) return { ok: false, error: sizeError };
	if (nestingDepth(text) > MAX_DEPTH) {
		return fail('too-deep', 'This file is not a Brace backup: its data is nested too deeply.');
	}
	let forbidden: string | null = null;
	let raw: unknown;
	try {
		raw = JSON.parse(text, function (key, value: unknown) {
			if (FORBIDDEN_KEYS.has(key)) forbidden = key;
			return value;
		});
	} catch {
		return fail(
			'not-json',
			'This file is damaged or is not a Brace backup (it is not valid JSON).'
		);
	}
	if (forbidden !== null) {
		return fail(
			'forbidden-key',
			'This file was refused: it contains data Brace never writes.',
			forbidden
		);
	}
	if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) {
		return fail('not-a-backup', 'This file is not a Brace backup.');
	}
	if (raw.version !== BACKUP_VERSION) {
		const newer = typeof raw.version === 'number' && raw.version > BACKUP_VERSION;
		return fail(
			'unsupported-version',
			newer
				? 'This backup was made by a newer version of Brace. Update the app, then import it.'
				: 'This backup version is not supported.',
			String(raw.version)
		);
	}
	const result = v.safeParse(backupSchema, raw);
	if (!result.success) {
		const issue = result.issues[0];
		return fail(
			'invalid',
			'This backup is damaged or was edited: some of its data is not valid. Nothing was imported.',
			`${v.getDotPath(issue) ?? 'file'}: ${issue.message}`
		);
	}
	// The file's own objects, not valibot's rebuilt copies (which put keys in schema order): the
	// schema has no transforms, so they are equal, and importing a backup then exporting it again
	// gives the same bytes.
	const backup = raw as unknown as BackupFile;
	const duplicate = firstDuplicateId(backup);
	if (duplicate) {
		return fail(
			'duplicate-id',
			'This backup is damaged: it lists the same record twice.',
			duplicate
		);
	}
	return { ok: true, backup };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deepest bracket nesting, skipping string contents, counted before JSON.parse can recurse. */
export function nestingDepth(text: string): number {
	let depth = 0;
	let max = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92) i++;
			else if (c === 34) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 || c === 91) max = Math.max(max, ++depth);
		else if (c === 125 || c === 93) depth--;
	}
	return max;
}

function firstDuplicateId(backup: BackupFile): string | null {
	const { sessions, checkIns, spasms, tension, settings } = backup.data;
	const lists: [string, { id: string }[]][] = [
		['sessions', sessions],
		['checkIns', checkIns],
		['spasms', spasms],
		['tension', tension],
		['settings', settings.map((s) => ({ id: s.key }))]
	];
	for (const [name, records] of lists) {
		const seen = new Set<string>();
		for (const r of records) {
			if (seen.has(r.id)) return `${name}: ${r.id}`;
			seen.add(r.id);
		}
	}
	return null;
}
