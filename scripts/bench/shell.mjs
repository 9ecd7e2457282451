// Shell budgets: initial JavaScript of the home route (gzip), offline cold reloads of the home
// route, and Lighthouse on every route (tablet emulation; BENCH_LH_RUNS runs each, default 3).
// Expects a production build in ./build.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';
import { serve } from '../serve.mjs';
import { lighthouseRoutes, ROUTES } from './lighthouse.mjs';

/** Gzip size of every script the home page loads before it is interactive. */
export async function initialJsBytes(dir = 'build') {
	const html = await readFile(join(dir, 'index.html'), 'utf8');
	const seen = new Set();
	const queue = [...html.matchAll(/(?:href|src)="([^"]+\.js)"/g)].map((m) => m[1]);
	queue.push(...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]));
	let total = 0;
	while (queue.length) {
		const url = new URL(queue.shift(), 'http://x/').pathname;
		if (seen.has(url)) continue;
		seen.add(url);
		const code = await readFile(join(dir, url));
		total += gzipSync(code, { level: 9 }).length;
		// Static imports of a chunk load with it; dynamic import() chunks do not count.
		for (const m of code
			.toString()
			.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
			queue.push(new URL(m[1], `http://x${url}`).pathname);
		}
	}
	return { bytes: total, files: seen.size };
}

async function offlineColdReloads(url, runs = 5) {
	const profile = await mkdtemp(join(tmpdir(), 'brace-bench-'));
	const launch = () =>
		chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM,
			headless: true,
			args: CHROMIUM_FLAGS
		});
	let ctx = await launch();
	let page = ctx.pages()[0] ?? (await ctx.newPage());
	await page.goto(url);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await ctx.close();
	const times = [];
	for (let i = 0; i < runs; i++) {
		ctx = await launch();
		await ctx.setOffline(true);
		page = ctx.pages()[0] ?? (await ctx.newPage());
		await page.goto(url, { waitUntil: 'load' });
		times.push(
			await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd)
		);
		await ctx.close();
	}
	await rm(profile, { recursive: true, force: true });
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)], all: times };
}

export async function benchShell() {
	const port = Number(process.env.BENCH_SHELL_PORT ?? 4381);
	const server = await serve({ getRoot: () => 'build', port, host: 'localhost' });
	const url = `http://localhost:${port}/`;
	try {
		const js = await initialJsBytes();
		console.log(
			`initial JS (home): ${(js.bytes / 1024).toFixed(1)} kB gzip in ${js.files} files (goal 60 kB)`
		);
		const offline = await offlineColdReloads(url);
		console.log(
			`offline cold reload to load: median ${offline.median.toFixed(0)} ms (${offline.all.map((t) => t.toFixed(0)).join(', ')})`
		);
		const runs = Number(process.env.BENCH_LH_RUNS ?? 3);
		const lh = await lighthouseRoutes(`http://localhost:${port}`, ROUTES, runs);
		for (const r of lh) {
			const range =
				r.performanceRange[0] === r.performanceRange[1] ? '' : ` (${r.performanceRange.join('-')})`;
			console.log(
				`  ${r.route}: performance ${r.performance}${range}, accessibility ${r.accessibility}, best practices ${r.bestPractices}; ${r.metrics.join(', ')}${r.failed.length ? `; failed: ${r.failed.join(', ')}` : ''}`
			);
		}
		const min = (/** @type {(r: (typeof lh)[number]) => number} */ f) => Math.min(...lh.map(f));
		console.log(
			`lighthouse (tablet, median of ${runs} runs, ${lh.length} routes): lowest performance ${min((r) => r.performance)} (goal 98), accessibility ${min((r) => r.accessibility)} and best practices ${min((r) => r.bestPractices)} (goal 100)`
		);
		return { js, offline, lh };
	} finally {
		server.close();
	}
}
