// A small static server for the production build: the right MIME types (wasm, webmanifest, .task),
// gzip as any real host would, clean URLs (/program -> program.html), the SPA fallback (200.html),
// and no caching of sw.js so updates are found. Used by `npm start`, the end-to-end tests and the benchmarks.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.task': 'application/octet-stream',
	'.md': 'text/markdown; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};

/** Types worth compressing; models are already dense. */
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.webmanifest',
	'.svg',
	'.wasm',
	'.md',
	'.txt'
]);
/** Gzipped bodies by path, size and mtime, so a large file is compressed once, not per request. */
const gzipCache = new Map();

async function gzipped(file, info) {
	const key = `${file}:${info.size}:${info.mtimeMs}`;
	let body = gzipCache.get(key);
	if (!body) {
		body = gzipSync(await readFile(file), { level: 6 });
		gzipCache.set(key, body);
	}
	return body;
}

async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** Finds the file for a URL path, or null. Never escapes the root. */
async function resolveFile(root, pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (await isFile(candidate)) return candidate;
	}
	return null;
}

/**
 * Starts a server. `getRoot` is called per request so a test can swap the served build
 * (old build, then new build, same origin) without restarting.
 */
export function serve({ getRoot, port = 4173, host = '127.0.0.1' }) {
	const server = createServer((req, res) => {
		void (async () => {
			const root = resolve(getRoot());
			const url = new URL(req.url ?? '/', 'http://localhost');
			let file = await resolveFile(root, url.pathname);
			if (!file) {
				const wantsPage = !extname(url.pathname) || url.pathname.endsWith('.html');
				file = wantsPage ? join(root, '200.html') : null;
				if (!file || !(await isFile(file))) {
					res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
					return;
				}
			}
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const immutable = url.pathname.startsWith('/_app/immutable/');
			const info = await stat(file);
			const gzip =
				COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
			const body = gzip ? await gzipped(file, info) : null;
			res.writeHead(200, {
				'content-type': type,
				'content-length': body ? body.length : info.size,
				...(body ? { 'content-encoding': 'gzip' } : {}),
				vary: 'accept-encoding',
				'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
				'x-content-type-options': 'nosniff',
				'referrer-policy': 'no-referrer',
				'permissions-policy': 'camera=(self), microphone=(self)'
			});
			if (req.method === 'HEAD') res.end();
			else if (body) res.end(body);
			else createReadStream(file).pipe(res);
		})().catch((err) => {
			res.writeHead(500).end(String(err));
		});
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => done(server));
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2] ?? 'build';
	const port = Number(process.env.PORT ?? 4173);
	// If the usual port is taken, try the next few rather than fail.
	for (let p = port; p < port + 10; p++) {
		try {
			await serve({ getRoot: () => dir, port: p });
			console.log(`Brace is running at http://localhost:${p}/  (Ctrl+C to stop)`);
			break;
		} catch (err) {
			if (err?.code !== 'EADDRINUSE' || p === port + 9) throw err;
		}
	}
}
