import type { SessionRecord } from '../records';

/**
 * Where the player reports progress: after every completed set, each pain answer and at the
 * end, with the whole record so far. Storage implements it with IndexedDB; keep it this small.
 */
export interface SessionSink {
	saveProgress(record: SessionRecord): Promise<void> | void;
}

/** Keeps records in memory: for tests, and when the browser lets the app store nothing. */
export class MemorySink implements SessionSink {
	#records = new Map<string, SessionRecord>();
	#saves = 0;

	saveProgress(record: SessionRecord): void {
		this.#records.set(record.id, structuredClone(record));
		this.#saves++;
	}

	get(id: string): SessionRecord | undefined {
		const record = this.#records.get(id);
		return record && structuredClone(record);
	}

	all(): SessionRecord[] {
		return [...this.#records.values()].map((r) => structuredClone(r));
	}

	/** How many times progress was saved (every set, pain answer and the end). */
	get saveCount(): number {
		return this.#saves;
	}
}
