import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	build: {
		rollupOptions: {
			output: {
				// The Svelte and SvelteKit runtime as one chunk: a page starts with a handful of
				// requests instead of thirty small ones, and the runtime gzips smaller in one piece.
				manualChunks: (id) =>
					/node_modules\/(svelte|@sveltejs\/kit|devalue|esm-env|clsx)\//.test(id)
						? 'runtime'
						: undefined,
				// Small shared chunks are merged: over HTTP/1.1 every file is a round trip.
				experimentalMinChunkSize: 20_000
			}
		}
	},
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
