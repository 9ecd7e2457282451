/**
 * Service worker lifecycle for the UI: registers /sw.js with workbox-window, tells when the app
 * is ready to work offline, and when a new version is waiting. The person decides when to reload,
 * and never mid-session: while a session plays on this page the notice stays hidden, and a tap
 * on Reload in another tab waits until no session plays anywhere (see storage/session-lock.ts).
 */
import type { Workbox } from 'workbox-window';

export type OfflineStatus = 'checking' | 'unsupported' | 'installing' | 'ready' | 'failed';

export class OfflineState {
	status = $state<OfflineStatus>('checking');
	/** True once, right after the first install: "Ready to work offline". */
	justBecameReady = $state(false);
	/** A new version is installed and waiting for a reload. */
	updateReady = $state(false);
	/** A session plays on this page (set by the layout): the update waits until it ends. */
	sessionPlaying = $state(false);
	/** Reload was tapped while a session plays in another tab. */
	updateBlocked = $state(false);
	readonly showUpdate = $derived(this.updateReady && !this.sessionPlaying);
	#wb: Workbox | null = null;
	#reloading = false;
	/** Another tab already switched to the new version; this page only needs to reload. */
	#switched = false;

	async start(): Promise<void> {
		if (!('serviceWorker' in navigator)) {
			this.status = 'unsupported';
			return;
		}
		// The worker and its precache wait for the page to load first, so they never slow it.
		if (document.readyState !== 'complete')
			await new Promise((done) => window.addEventListener('load', done, { once: true }));
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
		wb.addEventListener('controlling', (event) => {
			if (this.#reloading) window.location.reload();
			else if (event.isUpdate) {
				// Taken over by a version another tab applied: this page runs on until it reloads.
				this.#switched = true;
				this.updateReady = true;
			}
		});
		this.status = navigator.serviceWorker.controller ? 'ready' : 'installing';
		try {
			await wb.register();
		} catch {
			this.status = 'failed';
		}
	}

	/** Activates the waiting version; the page reloads once it controls the page. */
	async applyUpdate(): Promise<void> {
		if (!this.#wb || this.sessionPlaying || this.#reloading) return;
		const { playingSessions } = await import('$lib/storage/session-lock');
		this.updateBlocked = (await playingSessions()).length > 0;
		if (this.updateBlocked) return;
		if (this.#switched) return window.location.reload();
		this.#reloading = true;
		this.#wb.messageSkipWaiting();
	}

	dismissReady(): void {
		this.justBecameReady = false;
	}
}
