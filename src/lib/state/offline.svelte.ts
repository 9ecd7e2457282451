/**
 * Service worker lifecycle for the UI: registers /sw.js with workbox-window, tells when the app
 * is ready to work offline, and when a new version is waiting. The person decides when to reload,
 * so a session in progress is never interrupted by an update.
 */
import type { Workbox } from 'workbox-window';

export type OfflineStatus = 'checking' | 'unsupported' | 'installing' | 'ready' | 'failed';

export class OfflineState {
	status = $state<OfflineStatus>('checking');
	/** True once, right after the first install: "Ready to work offline". */
	justBecameReady = $state(false);
	updateReady = $state(false);
	#wb: Workbox | null = null;
	#reloading = false;

	async start(): Promise<void> {
		if (!('serviceWorker' in navigator)) {
			this.status = 'unsupported';
			return;
		}
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox('/sw.js');
		this.#wb = wb;
		wb.addEventListener('waiting', () => {
			this.updateReady = true;
		});
		wb.addEventListener('activated', (event) => {
			if (!event.isUpdate) {
				this.status = 'ready';
				this.justBecameReady = true;
				// Good news needs no action: it goes away by itself (Settings keeps saying it).
				setTimeout(() => this.dismissReady(), 12_000);
			}
		});
		wb.addEventListener('controlling', () => {
			if (this.#reloading) window.location.reload();
		});
		this.status = navigator.serviceWorker.controller ? 'ready' : 'installing';
		try {
			await wb.register();
		} catch {
			this.status = 'failed';
		}
	}

	/** Activates the waiting version; the page reloads once it controls the page. */
	applyUpdate(): void {
		if (!this.#wb) return;
		this.#reloading = true;
		this.#wb.messageSkipWaiting();
	}

	dismissReady(): void {
		this.justBecameReady = false;
	}
}
