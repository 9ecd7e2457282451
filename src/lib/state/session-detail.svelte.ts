/** One stored session, read by id for its detail page. */
import type { SessionRecord } from '$lib/core/records';
import { repositories, type Repositories } from '$lib/storage';
import { messageOf } from './progress.svelte';

export class SessionDetailState {
	session = $state.raw<SessionRecord | null>(null);
	view = $state<'loading' | 'found' | 'missing' | 'error'>('loading');
	error = $state('');
	readonly #repos: () => Repositories;

	constructor(repos: () => Repositories = repositories) {
		this.#repos = repos;
	}

	async load(id: string): Promise<void> {
		try {
			const session = await this.#repos().sessions.get(id);
			this.session = session ?? null;
			this.view = session ? 'found' : 'missing';
		} catch (error) {
			this.view = 'error';
			this.error = messageOf(error, 'This session could not be loaded.');
		}
	}
}
