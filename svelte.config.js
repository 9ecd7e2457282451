import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** The CSP hash of app.html's one inline script, read from the template itself so they agree. */
function inlineScriptHash() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	const script = /<script id="old-addresses">([\s\S]*?)<\/script>/.exec(html)?.[1];
	if (script === undefined) throw new Error('src/app.html: the old-addresses script is missing');
	return /** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(script).digest('base64')}`
	);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: '200.html', strict: true }),
		// Backups record the app version that wrote them.
		version: { name: pkg.version },
		// The service worker is built by Workbox (scripts/build-sw.mjs) and registered with workbox-window.
		serviceWorker: { register: false },
		// A page's small stylesheets go inline: over HTTP/1.1 each file would be a round trip.
		inlineStyleThreshold: 10_000,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', inlineScriptHash()],
				'style-src': ['self', 'unsafe-inline'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'img-src': ['self', 'data:', 'blob:'],
				'media-src': ['self', 'blob:', 'mediastream:'],
				'font-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
