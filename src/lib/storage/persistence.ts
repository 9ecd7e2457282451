/** Wrappers over the StorageManager API, which older browsers and some webviews lack. */

export type PersistState = 'persisted' | 'not-persisted' | 'unsupported';

export interface StorageEstimate {
	usedBytes: number;
	quotaBytes: number;
}

function manager(): StorageManager | null {
	return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/** Asks the browser not to evict Brace's data under storage pressure. */
export async function requestPersistence(): Promise<PersistState> {
	const storage = manager();
	if (!storage?.persist) return 'unsupported';
	try {
		return (await storage.persist()) ? 'persisted' : 'not-persisted';
	} catch {
		return 'not-persisted';
	}
}

export async function persistState(): Promise<PersistState> {
	const storage = manager();
	if (!storage?.persisted) return 'unsupported';
	try {
		return (await storage.persisted()) ? 'persisted' : 'not-persisted';
	} catch {
		return 'not-persisted';
	}
}

export async function estimateStorage(): Promise<StorageEstimate | null> {
	const storage = manager();
	if (!storage?.estimate) return null;
	try {
		const { usage, quota } = await storage.estimate();
		return usage === undefined || quota === undefined
			? null
			: { usedBytes: usage, quotaBytes: quota };
	} catch {
		return null;
	}
}
