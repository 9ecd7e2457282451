/**
 * Backups, import, clear-all and storage status for the Settings page. Files are made on the
 * device and handed to the browser's download; nothing is uploaded anywhere.
 */
import { checkInsCsv, sessionsCsv } from '$lib/core/backup/csv';
import { backupFileName, createBackup, type BackupFile } from '$lib/core/backup/format';
import { buildIcs, icsFileName } from '$lib/core/backup/ics';
import { describePreview, isNoop, type ImportPreview } from '$lib/core/backup/merge';
import { overridesFromProgram, programCalendar, remainingDays } from '$lib/core/progress/calendar';
import { clock, localDate } from '$lib/core/progress/dates';
import {
	estimateStorage,
	persistState,
	repositories,
	requestPersistence,
	type PersistState,
	type Repositories,
	type StorageEstimate
} from '$lib/storage';
import { BackupRepository } from '$lib/storage/backup-repository';
import { prepareImportFile } from '$lib/storage/import';
import { PERSIST_SETTING } from '$lib/storage/session-sink';
import { messageOf } from './progress.svelte';

export interface PendingImport {
	fileName: string;
	backup: BackupFile;
	preview: ImportPreview;
	/** "12 sessions", "3 spasm episodes"… */
	lines: string[];
	nothingNew: boolean;
}

export type DataMessage = { kind: 'ok' | 'error'; text: string; detail?: string };
export type DataTask = 'export' | 'import' | 'clear' | 'csv' | 'ics';

/** Hands a file to the browser's download. */
export function download(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export class DataState {
	persist = $state<PersistState | null>(null);
	/** When persistence was requested automatically after the first completed session. */
	persistRequestedAt = $state<string | null>(null);
	estimate = $state<StorageEstimate | null>(null);
	busy = $state<DataTask | null>(null);
	message = $state<DataMessage | null>(null);
	pending = $state.raw<PendingImport | null>(null);

	readonly #repos: Repositories;
	readonly #backup: BackupRepository;
	readonly #appVersion: string;
	readonly #onChange: () => void;

	/** `onChange` runs after an import or clear-all changed stored data (e.g. reload app state). */
	constructor(options: { repos?: Repositories; appVersion?: string; onChange?: () => void } = {}) {
		this.#repos = options.repos ?? repositories();
		this.#backup = new BackupRepository(this.#repos.db);
		this.#appVersion = options.appVersion ?? 'unknown';
		this.#onChange = options.onChange ?? (() => {});
	}

	async refresh(): Promise<void> {
		const [persist, estimate, asked] = await Promise.all([
			persistState(),
			estimateStorage(),
			this.#repos.settings.get(PERSIST_SETTING).catch(() => undefined)
		]);
		this.persist = persist;
		this.estimate = estimate;
		const at = asked && typeof asked === 'object' && !Array.isArray(asked) ? asked.at : null;
		this.persistRequestedAt = typeof at === 'string' ? at : null;
	}

	async requestPersist(): Promise<void> {
		this.persist = await requestPersistence();
		await this.refresh();
	}

	async exportBackup(now: Date = clock()): Promise<void> {
		await this.#run('export', async () => {
			const file = createBackup(await this.#backup.exportData(), this.#appVersion, now);
			download(new Blob([JSON.stringify(file)], { type: 'application/json' }), backupFileName(now));
			const n = file.data.sessions.length;
			this.message = { kind: 'ok', text: `Backup saved with ${n} session${n === 1 ? '' : 's'}.` };
		});
	}

	/** Step 1 of import: validate the file and show what it would add. Changes nothing. */
	async chooseImport(file: File): Promise<void> {
		this.pending = null;
		await this.#run('import', async () => {
			const prepared = await prepareImportFile(this.#backup, file);
			if (!prepared.ok) {
				const { message, detail } = prepared.error;
				this.message = detail
					? { kind: 'error', text: message, detail }
					: { kind: 'error', text: message };
				return;
			}
			this.pending = {
				fileName: file.name,
				backup: prepared.backup,
				preview: prepared.preview,
				lines: describePreview(prepared.preview),
				nothingNew: isNoop(prepared.preview)
			};
			this.message = null;
		});
	}

	/** Step 2: merge the previewed file in, in one transaction. */
	async confirmImport(): Promise<void> {
		const pending = this.pending;
		if (!pending) return;
		await this.#run('import', async () => {
			const added = await this.#backup.importData(pending.backup.data);
			this.pending = null;
			const lines = describePreview(added);
			this.message = {
				kind: 'ok',
				text: lines.length ? `Imported ${lines.join(', ')}.` : 'Nothing new to import.'
			};
			this.#onChange();
		});
	}

	cancelImport(): void {
		this.pending = null;
	}

	async clearAll(): Promise<void> {
		await this.#run('clear', async () => {
			await this.#backup.clearAll();
			this.message = { kind: 'ok', text: 'All Brace data was deleted from this device.' };
			this.#onChange();
		});
	}

	async exportCsv(now: Date = clock()): Promise<void> {
		await this.#run('csv', async () => {
			const d = await this.#backup.exportData();
			const day = localDate(now);
			download(
				new Blob([sessionsCsv(d.sessions)], { type: 'text/csv' }),
				`brace-sessions-${day}.csv`
			);
			download(
				new Blob([checkInsCsv(d.checkIns, d.tension, d.spasms)], { type: 'text/csv' }),
				`brace-check-ins-${day}.csv`
			);
			this.message = { kind: 'ok', text: 'Two CSV files saved: sessions and check-ins.' };
		});
	}

	/** A calendar file with a reminder for each remaining program day at `time` (HH:MM). */
	async exportReminders(time: string, now: Date = clock()): Promise<void> {
		await this.#run('ics', async () => {
			const [program, sessions] = await Promise.all([
				this.#repos.program.get(),
				this.#repos.sessions.list()
			]);
			if (!program) {
				this.message = {
					kind: 'error',
					text: 'Start the program first: the reminders follow its days.'
				};
				return;
			}
			const days = remainingDays(
				programCalendar(program.startDate, sessions, localDate(now), overridesFromProgram(program))
			);
			if (days.length === 0) {
				this.message = { kind: 'error', text: 'No program days are left to remind you about.' };
				return;
			}
			const ics = buildIcs({ days, time, durationMinutes: 20, now, programId: program.startDate });
			download(new Blob([ics], { type: 'text/calendar' }), icsFileName());
			this.message = {
				kind: 'ok',
				text: `Calendar file saved with ${days.length} reminders at ${time}.`
			};
		});
	}

	async #run(task: DataTask, work: () => Promise<void>): Promise<void> {
		this.busy = task;
		try {
			await work();
		} catch (error) {
			this.message = {
				kind: 'error',
				text: messageOf(error, 'Something went wrong. Your data is unchanged.')
			};
		} finally {
			this.busy = null;
			if (task !== 'csv' && task !== 'ics') await this.refresh().catch(() => {});
		}
	}
}
