/**
 * Whether this page can keep data: probed once at start (private modes can block IndexedDB),
 * then `lost` says why storage stopped working (another tab upgraded Brace, or the browser
 * closed the database) so the layout can offer a reload.
 */
import { repositories, type Repositories, type StorageError } from '$lib/storage';
import { storageAvailable } from '$lib/storage/available';

export class StorageState {
	/** null until probed. */
	available = $state<boolean | null>(null);
	lost = $state.raw<StorageError | null>(null);
	#unsubscribe: (() => void) | null = null;
	readonly #repos: () => Repositories;

	constructor(repos: () => Repositories = repositories) {
		this.#repos = repos;
	}

	/** Probes storage; once it works, watches the connection. Resolves with `available`. */
	async start(probe: () => Promise<boolean> = storageAvailable): Promise<boolean> {
		const ok = await probe();
		this.available = ok;
		if (ok && !this.#unsubscribe) {
			const db = this.#repos().db;
			this.lost = db.lost;
			this.#unsubscribe = db.onLost((error) => (this.lost = error));
		}
		return ok;
	}

	stop(): void {
		this.#unsubscribe?.();
		this.#unsubscribe = null;
	}
}
