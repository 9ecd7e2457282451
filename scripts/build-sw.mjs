// Post-build step: writes build-info.json, then generates the Workbox service worker that
// precaches the whole static build (app shell, routes, icons, MediaPipe wasm and the lite model).
// Usage: node scripts/build-sw.mjs [buildDir] [buildId]
import { generateSW } from 'workbox-build';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'build';
const pkg = JSON.parse(await readFile('package.json', 'utf8'));

function gitShort() {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			stdio: ['ignore', 'pipe', 'ignore']
		})
			.toString()
			.trim();
	} catch {
		return 'dev';
	}
}

const buildId = process.argv[3] ?? process.env.BRACE_BUILD_ID ?? gitShort();
await writeFile(
	join(dir, 'build-info.json'),
	JSON.stringify({ version: pkg.version, build: buildId }) + '\n'
);

const MB = 1024 * 1024;
const { count, size, warnings } = await generateSW({
	globDirectory: dir,
	swDest: join(dir, 'sw.js'),
	globPatterns: [
		'**/*.{html,js,css,json,webmanifest,svg,png,woff2}',
		'mediapipe/wasm/*.{js,wasm}',
		'models/pose_landmarker_lite.task'
	],
	globIgnores: ['sw.js', 'workbox-*.js', 'models/pose_landmarker_full.task'],
	// The wasm (~9 MB) and the lite model (~6 MB) must be precached for offline camera use.
	maximumFileSizeToCacheInBytes: 32 * MB,
	// SvelteKit's immutable assets carry a content hash in their names.
	dontCacheBustURLsMatching: /\/_app\/immutable\//,
	navigateFallback: '/200.html',
	navigateFallbackDenylist: [/\.[a-z0-9]+$/i],
	cleanupOutdatedCaches: true,
	clientsClaim: true,
	// The page asks for SKIP_WAITING when the person taps "Reload"; generateSW adds that listener.
	skipWaiting: false,
	inlineWorkboxRuntime: true,
	sourcemap: false,
	mode: 'production',
	runtimeCaching: [
		{
			// The "higher accuracy" model is downloaded only when chosen, then kept for offline use.
			urlPattern: ({ url }) => url.pathname === '/models/pose_landmarker_full.task',
			handler: 'CacheFirst',
			options: { cacheName: 'brace-models', expiration: { maxEntries: 2 } }
		}
	]
});
for (const w of warnings) console.warn('workbox:', w);
console.log(`sw.js: precaching ${count} files, ${(size / MB).toFixed(1)} MB (build ${buildId})`);
