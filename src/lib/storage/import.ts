import type { BackupFile } from '$lib/core/backup/format';
import type { ImportPreview } from '$lib/core/backup/merge';
import { checkBackupSize, parseBackup, type BackupError } from '$lib/core/backup/parse';
import type { BackupRepository } from './backup-repository';

export type PreparedImport =
	{ ok: true; backup: BackupFile; preview: ImportPreview } | { ok: false; error: BackupError };

/**
 * First step of an import: size check, parse, validate, then what it would add. Nothing is
 * written; the caller shows the preview and calls `backup.importData` once the person confirms.
 */
export async function prepareImport(
	backup: BackupRepository,
	text: string
): Promise<PreparedImport> {
	const parsed = parseBackup(text);
	if (!parsed.ok) return parsed;
	const preview = await backup.previewImport(parsed.backup.data);
	return { ok: true, backup: parsed.backup, preview };
}

/** Reads a chosen file after checking its size, so a huge file is refused unread. */
export async function prepareImportFile(
	backup: BackupRepository,
	file: Blob
): Promise<PreparedImport> {
	const sizeError = checkBackupSize(file.size);
	if (sizeError) return { ok: false, error: sizeError };
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, error: { code: 'not-json', message: 'This file could not be read.' } };
	}
	return prepareImport(backup, text);
}
