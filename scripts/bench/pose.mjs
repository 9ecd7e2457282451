/**
 * npm run bench:pose: the camera page in real Chromium with a fake camera (a real photo).
 * Build first (npm run build). Measures:
 *   - raw detectForVideo ms (timed in the worker) and the app pipeline, capture to overlay drawn;
 *   - long tasks (> 50 ms) on the main thread over the first 60 s;
 *   - page JS heap and renderer memory (page + worker + wasm) growth over the run;
 *   - start camera -> first skeleton, cold (fresh profile) and warm (reload, caches filled),
 *     tapped after reading the page for BENCH_READ_MS (3 s), while the model loads.
 * Env: BENCH_SECONDS (default 300), BENCH_SETTLE_SECONDS (30, before memory baselines),
 * BENCH_PORT (4392), BENCH_VIDEO (messi.y4m), CHROMIUM_PATH.
 * Then the coaching path (coach.mjs): practice with the posture engine and the live panel.
 * Ends with one line: pose-bench raw_ms=... app_ms=... ratio=... p90_app_ms=... long_tasks=...
 * heap_growth_pct=... renderer_growth_pct=... first_skeleton_ms=... coach_raw_ms=... coach_app_ms=...
 * coach_ratio=... coach_long_tasks=... coach_heap_growth_pct=... coach_renderer_growth_pct=...
 * first_skeleton_cold_ms=... first_skeleton_warm_ms=...
 */
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestVideos } from '../make-test-videos.mjs';
import { benchCoach } from './coach.mjs';
import { serve } from '../serve.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';
import { findBrowserPid, rendererRssKb } from './memory.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 300);
const PORT = Number(process.env.BENCH_PORT ?? 4392);
const VIDEO = process.env.BENCH_VIDEO ?? 'messi.y4m';
const LONG_TASK_WINDOW_S = 60;
const SETTLE_SECONDS = Number(process.env.BENCH_SETTLE_SECONDS ?? 30);
/** How long the person reads the page before tapping "Turn on the camera". */
const READ_MS = Number(process.env.BENCH_READ_MS ?? 3000);

/** @param {number[]} values @param {number} p */
const percentile = (values, p) => {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
};
/** @param {number} v */
const r1 = (v) => Math.round(v * 10) / 10;

/** Installed before any page script: long-task counting and a per-frame stats recorder. */
function instrument() {
	const w = /** @type {any} */ (window);
	// Frame timings go into typed arrays allocated before the heap baseline: an object per frame
	// would itself read as heap growth (about 70 bytes a frame, 1.5 MB over 25 minutes).
	w.__bench = { longTasks: [], frames: null, n: 0, startedAt: 0 };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			w.__bench.longTasks.push({ at: e.startTime, ms: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	new MutationObserver((records) => {
		for (const rec of records) {
			const el = /** @type {HTMLElement} */ (rec.target);
			if (rec.attributeName !== 'data-pipeline-ms' || el.dataset.testid !== 'fps') continue;
			const f = w.__bench.frames;
			if (!f || w.__bench.n >= f.raw.length) continue;
			const i = w.__bench.n++;
			f.raw[i] = Number(el.dataset.inferenceMs);
			f.app[i] = Number(el.dataset.pipelineMs);
		}
	}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-pipeline-ms'] });
}

/** Clicks "Turn on the camera" and resolves with ms until the overlay first shows a pose. */
async function timeToFirstSkeleton(page) {
	await page.getByRole('button', { name: 'Turn on the camera' }).waitFor();
	// The page loads the model while the person reads it, as the session's ready card does.
	await page.waitForTimeout(READ_MS);
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const button = [...document.querySelectorAll('button')].find((b) =>
					b.textContent?.includes('Turn on the camera')
				);
				if (!button) return reject(new Error('no start button'));
				const started = performance.now();
				const done = () => {
					const el = document.querySelector('[data-testid=tracking]');
					if (el?.getAttribute('data-tracking') === 'true') {
						observer.disconnect();
						resolve(performance.now() - started);
					}
				};
				const observer = new MutationObserver(done);
				observer.observe(document.body, { attributes: true, childList: true, subtree: true });
				button.click();
				setTimeout(() => reject(new Error('no skeleton within 90 s')), 90_000);
			})
	);
}

export async function benchPose() {
	if (!existsSync('build/models/pose_landmarker_lite.task')) {
		throw new Error('No build with pose models: run `npm run build` first.');
	}
	const videos = makeTestVideos();
	const server = await serve({ getRoot: () => 'build', port: PORT });
	const origin = `http://localhost:${PORT}`;
	const profile = mkdtempSync(join(tmpdir(), 'brace-bench-pose-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		viewport: { width: 1280, height: 800 },
		args: [
			...CHROMIUM_FLAGS,
			'--enable-precise-memory-info',
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${join(videos, VIDEO)}`
		]
	});
	const offOrigin = [];
	context.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
			offOrigin.push(url);
	});
	try {
		await context.grantPermissions(['camera'], { origin });
		await context.addInitScript(instrument);
		const page = context.pages()[0] ?? (await context.newPage());
		const browserPid = findBrowserPid(profile);

		await page.goto(`${origin}/camera`);
		const cold = await timeToFirstSkeleton(page);
		console.log(`first skeleton, cold: ${Math.round(cold)} ms`);

		// Heap after a full GC, so the sawtooth of young garbage does not read as growth.
		const cdp = await context.newCDPSession(page);
		const heap = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			return page.evaluate(() => /** @type {any} */ (performance).memory?.usedJSHeapSize ?? 0);
		};
		// Settle first: the wasm heap and allocator grow for the first ~40 s, then stay flat.
		await page.waitForTimeout(SETTLE_SECONDS * 1000);
		await page.evaluate((capacity) => {
			const w = /** @type {any} */ (window);
			w.__bench.frames = { raw: new Float64Array(capacity), app: new Float64Array(capacity) };
			w.__bench.n = 0;
			w.__bench.longTasks = [];
			w.__bench.startedAt = performance.now();
		}, SECONDS * 40);
		const heapStart = await heap();
		const rssStart = browserPid ? rendererRssKb(browserPid) : 0;
		const samples = [];
		for (let s = 0; s < SECONDS; s += 10) {
			await page.waitForTimeout(Math.min(10, SECONDS - s) * 1000);
			samples.push({
				s: s + 10,
				heap: await heap(),
				rssKb: browserPid ? rendererRssKb(browserPid) : 0
			});
		}
		const data = await page.evaluate(() => {
			const b = /** @type {any} */ (window).__bench;
			const n = b.n;
			return {
				frames: {
					raw: Array.from(b.frames.raw.subarray(0, n)),
					app: Array.from(b.frames.app.subarray(0, n))
				},
				longTasks: b.longTasks,
				startedAt: b.startedAt
			};
		});
		const heapEnd = await heap();
		const rssEnd = browserPid ? rendererRssKb(browserPid) : 0;

		await page.reload();
		const warm = await timeToFirstSkeleton(page);
		console.log(`first skeleton, warm: ${Math.round(warm)} ms`);

		const raw = data.frames.raw;
		const app = data.frames.app;
		const windowEnd = data.startedAt + LONG_TASK_WINDOW_S * 1000;
		const longTasks = data.longTasks.filter((t) => t.at >= data.startedAt && t.at <= windowEnd);
		const result = {
			seconds: SECONDS,
			video: VIDEO,
			frames: raw.length,
			fps: r1(raw.length / SECONDS),
			raw_ms: { median: r1(percentile(raw, 0.5)), p90: r1(percentile(raw, 0.9)) },
			app_ms: { median: r1(percentile(app, 0.5)), p90: r1(percentile(app, 0.9)) },
			long_tasks: { window_s: Math.min(SECONDS, LONG_TASK_WINDOW_S), count: longTasks.length },
			heap: {
				start: heapStart,
				end: heapEnd,
				growth_pct: r1((100 * (heapEnd - heapStart)) / heapStart)
			},
			renderer_rss_kb: {
				start: rssStart,
				end: rssEnd,
				growth_pct: rssStart ? r1((100 * (rssEnd - rssStart)) / rssStart) : null
			},
			first_skeleton_ms: { cold: Math.round(cold), warm: Math.round(warm) },
			off_origin_requests: offOrigin,
			samples
		};
		mkdirSync('bench-results', { recursive: true });
		const file = join(
			'bench-results',
			`pose-${new Date().toISOString().replace(/[:.]/g, '-')}.json`
		);
		writeFileSync(file, JSON.stringify(result, null, '\t'));
		console.log(JSON.stringify({ ...result, samples: undefined }, null, 2));
		console.log(`written ${file}`);
		if (offOrigin.length) throw new Error(`requests left the origin: ${offOrigin.join(', ')}`);
		await context.close();
		const coach = await benchCoach();
		const ratio = result.app_ms.median / result.raw_ms.median;
		console.log(
			`pose-bench raw_ms=${result.raw_ms.median} app_ms=${result.app_ms.median} ratio=${ratio.toFixed(2)} ` +
				`p90_app_ms=${result.app_ms.p90} long_tasks=${longTasks.length} ` +
				`heap_growth_pct=${result.heap.growth_pct} renderer_growth_pct=${result.renderer_rss_kb.growth_pct} ` +
				`first_skeleton_ms=${Math.round(cold)} ` +
				`coach_raw_ms=${coach.raw_ms} coach_app_ms=${coach.app_ms} coach_ratio=${coach.ratio} ` +
				`coach_long_tasks=${coach.long_tasks} coach_heap_growth_pct=${coach.heap_growth_pct} ` +
				`coach_renderer_growth_pct=${coach.renderer_growth_pct} ` +
				`first_skeleton_cold_ms=${coach.first_skeleton_cold_ms} first_skeleton_warm_ms=${coach.first_skeleton_warm_ms}`
		);
	} finally {
		await context.close();
		server.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

if (process.argv[1]?.endsWith('pose.mjs')) await benchPose();
