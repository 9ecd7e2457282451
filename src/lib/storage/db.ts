/**
 * The IndexedDB connection and its lifecycle.
 *
 * - Opening runs the cumulative upgrade (upgrade.ts) inside IndexedDB's versionchange
 *   transaction: if it fails, the database stays at its old version with its data intact.
 * - If another tab still holds an older version open, the upgrade is `blocked`: we reject with
 *   'upgrade-blocked' at once so the UI can ask the person to close that tab (if it later goes
 *   through, the stray connection is closed; a reload picks it up).
 * - When a newer tab wants to upgrade, this tab gets `versionchange` (idb's `blocking`): we close
 *   our connection so the upgrade can proceed, and every later call fails with
 *   'closed-by-other-tab' until the page is reloaded. Two tabs on the same version share the
 *   database safely: each write is one transaction.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { StorageError, toStorageError } from './errors';
import { DB_NAME, DB_VERSION, type BraceDB } from './schema';
import { upgradeBraceDb } from './upgrade';

export type BraceConnection = IDBPDatabase<BraceDB>;

export interface OpenHandlers {
	/** A newer version was requested elsewhere; the connection has been closed. */
	blocking?: () => void;
	/** The browser closed the connection (e.g. storage cleared from browser settings). */
	terminated?: () => void;
}

export function openBraceDb(
	name: string = DB_NAME,
	handlers: OpenHandlers = {}
): Promise<BraceConnection> {
	if (typeof indexedDB === 'undefined') return Promise.reject(new StorageError('unavailable'));
	return new Promise((resolve, reject) => {
		let blocked = false;
		let connection: BraceConnection | null = null;
		let opening: Promise<BraceConnection>;
		try {
			opening = openDB<BraceDB>(name, DB_VERSION, {
				upgrade: (db, oldVersion, _newVersion, tx) =>
					upgradeBraceDb(db, oldVersion, DB_VERSION, tx),
				blocked: () => {
					blocked = true;
					reject(new StorageError('upgrade-blocked'));
				},
				blocking: () => {
					connection?.close();
					handlers.blocking?.();
				},
				terminated: () => handlers.terminated?.()
			});
		} catch (error) {
			reject(toStorageError(error, 'open-failed'));
			return;
		}
		opening.then(
			(db) => {
				if (blocked) {
					db.close();
					return;
				}
				connection = db;
				resolve(db);
			},
			(error: unknown) => reject(toStorageError(error, 'open-failed'))
		);
	});
}

/** One lazily opened connection per page, shared by all repositories. */
export class Database {
	readonly name: string;
	#open: Promise<BraceConnection> | null = null;
	#lost: StorageError | null = null;
	#listeners = new Set<(error: StorageError) => void>();

	constructor(name: string = DB_NAME) {
		this.name = name;
	}

	connect(): Promise<BraceConnection> {
		if (this.#lost) return Promise.reject(this.#lost);
		this.#open ??= openBraceDb(this.name, {
			blocking: () => this.#lose(new StorageError('closed-by-other-tab')),
			terminated: () => this.#lose(new StorageError('open-failed'))
		}).catch((error: unknown) => {
			this.#open = null; // let a retry try again
			throw error;
		});
		return this.#open;
	}

	/** Called once when the connection is gone for good on this page; returns an unsubscribe. */
	onLost(listener: (error: StorageError) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	get lost(): StorageError | null {
		return this.#lost;
	}

	async close(): Promise<void> {
		const db = await this.#open?.catch(() => null);
		db?.close();
		this.#open = null;
	}

	#lose(error: StorageError): void {
		this.#lost = error;
		this.#open = null;
		for (const listener of this.#listeners) listener(error);
	}
}

/**
 * Awaits a transaction's work and its commit. When a request fails the transaction aborts, and
 * the transaction's own error (e.g. QuotaExceededError) says more than the request's AbortError.
 */
export async function commit<T>(tx: { done: Promise<void> }, work: Promise<T>): Promise<T> {
	try {
		const result = await work;
		await tx.done;
		return result;
	} catch (error) {
		await tx.done.catch((txError: unknown) => {
			throw txError ?? error;
		});
		throw error;
	}
}
