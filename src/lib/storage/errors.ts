/** Why storage failed, in terms the UI can explain. Nothing already stored is lost in any case. */
export type StorageErrorKind =
	| 'unavailable'
	| 'open-failed'
	| 'upgrade-blocked'
	| 'newer-version'
	| 'closed-by-other-tab'
	| 'quota-exceeded'
	| 'write-failed';

const MESSAGES: Record<StorageErrorKind, string> = {
	unavailable:
		'This browser is not letting Brace store data (private browsing can do this). Your progress will not be saved.',
	'open-failed': 'Brace could not open its saved data. Reload the page to try again.',
	'upgrade-blocked':
		'Brace was updated, but another Brace tab or window is still open on the old version. Close the other tabs, then reload.',
	'newer-version':
		'Your data was saved by a newer version of Brace. Reload to get the latest version.',
	'closed-by-other-tab':
		'Brace was updated in another tab. Reload this page to keep going; your data is safe.',
	'quota-exceeded':
		'Your device is out of storage space, so the last change was not saved. Free some space (or export a backup), then try again. Everything saved before is still there.',
	'write-failed': 'Brace could not save that change. Everything saved before is still there.'
};

export class StorageError extends Error {
	readonly kind: StorageErrorKind;
	/** A sentence for the person, safe to show as is. */
	readonly userMessage: string;

	constructor(kind: StorageErrorKind, cause?: unknown) {
		super(`storage: ${kind}`, { cause });
		this.name = 'StorageError';
		this.kind = kind;
		this.userMessage = MESSAGES[kind];
	}
}

function domName(error: unknown): string | undefined {
	if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') {
		return error.name;
	}
	return undefined;
}

/** Maps IndexedDB DOMExceptions to a StorageError; `fallback` when nothing more specific fits. */
export function toStorageError(error: unknown, fallback: StorageErrorKind): StorageError {
	if (error instanceof StorageError) return error;
	switch (domName(error)) {
		case 'QuotaExceededError':
			return new StorageError('quota-exceeded', error);
		case 'VersionError':
			return new StorageError('newer-version', error);
		case 'InvalidStateError':
			return new StorageError('closed-by-other-tab', error);
		case 'SecurityError':
			return new StorageError('unavailable', error);
		default:
			return new StorageError(fallback, error);
	}
}

/** Errors from a transaction: the commit error (quota) is more telling than the request's abort. */
export async function guard<T>(
	work: () => Promise<T>,
	kind: StorageErrorKind = 'write-failed'
): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw toStorageError(error, kind);
	}
}
