// Shell budgets: Lighthouse on the home route (tablet emulation), initial JavaScript of the home
// route (gzip), and offline cold reloads of the home route. Expects a production build in ./build.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';
import { serve } from '../serve.mjs';

const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

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

async function lighthouseHome(url) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
	try {
		const result = await lighthouse(
			url,
			{ port: chrome.port, logLevel: 'error', output: 'json' },
			{
				extends: 'lighthouse:default',
				settings: {
					onlyCategories: ['performance', 'accessibility', 'best-practices'],
					formFactor: 'mobile',
					screenEmulation: {
						mobile: true,
						width: 800,
						height: 1280,
						deviceScaleFactor: 2,
						disabled: false
					},
					throttlingMethod: 'simulate'
				}
			}
		);
		const c = result.lhr.categories;
		const failed = Object.values(result.lhr.audits)
			.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
			.map((a) => a.id);
		return {
			performance: Math.round(c.performance.score * 100),
			accessibility: Math.round(c.accessibility.score * 100),
			bestPractices: Math.round(c['best-practices'].score * 100),
			failedAudits: failed,
			metrics: Object.fromEntries(
				[
					'first-contentful-paint',
					'largest-contentful-paint',
					'total-blocking-time',
					'cumulative-layout-shift',
					'speed-index'
				].map((id) => [id, result.lhr.audits[id].displayValue])
			)
		};
	} finally {
		await chrome.kill();
	}
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
			`initial JS (home): ${(js.bytes / 1024).toFixed(1)} kB gzip in ${js.files} files (budget 80 kB)`
		);
		const offline = await offlineColdReloads(url);
		console.log(
			`offline cold reload to load: median ${offline.median.toFixed(0)} ms (${offline.all.map((t) => t.toFixed(0)).join(', ')})`
		);
		const lh = await lighthouseHome(url);
		console.log(
			`lighthouse (tablet): performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}`
		);
		console.log(
			`  ${Object.entries(lh.metrics)
				.map(([k, v]) => `${k} ${v}`)
				.join(', ')}`
		);
		if (lh.failedAudits.length) console.log(`  failed audits: ${lh.failedAudits.join(', ')}`);
		return { js, offline, lh };
	} finally {
		server.close();
	}
}
