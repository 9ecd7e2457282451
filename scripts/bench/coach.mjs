/**
 * The coaching path of `npm run bench:pose`: practice of the glute bridge in real Chromium, the
 * fake camera playing the rendered bridges, through the landmarker, the posture engine, the coach
 * and the UI. Measures:
 *   - per frame, raw inference (in the worker) against the whole pipeline (capture to the coach's
 *     work done, engine and state updates included), in the same run;
 *   - main-thread long tasks (> 50 ms) over 60 s of coaching;
 *   - first skeleton from the "Start practising" tap, cold (a fresh profile each time) and warm
 *     (the app reloaded, caches and compiled wasm kept), the median of 5 each; the model loads
 *     while the person reads the ready card (BENCH_READ_MS, 3 s);
 *   - page heap and renderer memory (page, pose worker and wasm) over the run
 *     (BENCH_COACH_SECONDS, default 120), from after BENCH_COACH_SETTLE_SECONDS (90) of coaching,
 *     with a renderer reading every minute to show the shape.
 * Exported for pose.mjs; alone: `node scripts/bench/coach.mjs`.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestVideos } from '../make-test-videos.mjs';
import { serve } from '../serve.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';
import { findBrowserPid, rendererRssKb } from './memory.mjs';

const PORT = Number(process.env.BENCH_COACH_PORT ?? 4393);
const SECONDS = Number(process.env.BENCH_COACH_SECONDS ?? 120);
const READ_MS = Number(process.env.BENCH_READ_MS ?? 3000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Measured (a reading every 20 s for 4 min): the page's renderer grows for about 70 s of
// coaching, then holds within 1 %. A baseline taken before that reads the warm-up as growth.
const SETTLE_SECONDS = Number(process.env.BENCH_COACH_SETTLE_SECONDS ?? 90);

/** @param {number[]} v @param {number} p */
const percentile = (v, p) => {
	const s = [...v].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
/** @param {number} v */
const r1 = (v) => Math.round(v * 10) / 10;

function launch(profile, video) {
	return chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		viewport: { width: 1280, height: 800 },
		args: [
			...CHROMIUM_FLAGS,
			'--enable-precise-memory-info',
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	});
}

function instrument() {
	const w = /** @type {any} */ (window);
	w.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.__longTasks.push({ at: e.startTime, ms: e.duration });
	}).observe({ type: 'longtask', buffered: true });
}

/** Opens practice, reads the card for READ_MS, taps Start: ms until the first skeleton. */
async function firstSkeleton(page, origin) {
	await page.goto(`${origin}/session?practice=glute-bridge&bench`);
	await page.getByRole('button', { name: 'Start practising' }).waitFor();
	await page.waitForTimeout(READ_MS);
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const button = [...document.querySelectorAll('button')].find((b) =>
					b.textContent?.includes('Start practising')
				);
				if (!button) return reject(new Error('no start button'));
				const started = performance.now();
				const observer = new MutationObserver(() => {
					const el = document.querySelector('[data-testid=live-coach]');
					if (el?.getAttribute('data-tracking') === 'true') {
						observer.disconnect();
						resolve(performance.now() - started);
					}
				});
				observer.observe(document.body, { attributes: true, childList: true, subtree: true });
				button.click();
				setTimeout(() => reject(new Error('no skeleton within 90 s')), 90_000);
			})
	);
}

export async function benchCoach() {
	const video = join(makeTestVideos(), 'gb-good.y4m');
	const server = await serve({ getRoot: () => 'build', port: PORT });
	const origin = `http://localhost:${PORT}`;
	const cold = [];
	try {
		for (let i = 0; i < RUNS; i++) {
			const profile = mkdtempSync(join(tmpdir(), 'brace-bench-coach-'));
			const context = await launch(profile, video);
			await context.grantPermissions(['camera'], { origin });
			const page = context.pages()[0] ?? (await context.newPage());
			cold.push(await firstSkeleton(page, origin));
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
		console.log(`first skeleton, cold: ${cold.map(Math.round).join(', ')} ms`);

		const profile = mkdtempSync(join(tmpdir(), 'brace-bench-coach-'));
		const context = await launch(profile, video);
		await context.grantPermissions(['camera'], { origin });
		await context.addInitScript(instrument);
		const page = context.pages()[0] ?? (await context.newPage());
		// A first visit fills the precache and compiles the wasm; the warm runs come after it.
		await firstSkeleton(page, origin);
		await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
			timeout: 60_000
		});
		const warm = [];
		for (let i = 0; i < RUNS; i++) warm.push(await firstSkeleton(page, origin));
		console.log(`first skeleton, warm: ${warm.map(Math.round).join(', ')} ms`);

		// Coaching: skip to the open set and watch for SECONDS.
		await page.getByRole('button', { name: 'Skip' }).click();
		await page.getByTestId('live-coach').waitFor();
		const cdp = await context.newCDPSession(page);
		const heap = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			return page.evaluate(() => /** @type {any} */ (performance).memory?.usedJSHeapSize ?? 0);
		};
		await page.waitForTimeout(SETTLE_SECONDS * 1000);
		await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			w.__longTasks = [];
			w.__braceCoach.timings.count = 0;
			w.__startedAt = performance.now();
		});
		const browserPid = findBrowserPid(profile);
		const heapStart = await heap();
		const rssStart = browserPid ? rendererRssKb(browserPid) : 0;
		const rssSamplesKb = [];
		for (let s = 0; s < SECONDS; s += 60) {
			await page.waitForTimeout(Math.min(60, SECONDS - s) * 1000);
			if (browserPid) rssSamplesKb.push(rendererRssKb(browserPid));
		}
		const data = await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			const t = w.__braceCoach.timings;
			const n = Math.min(t.count, t.raw.length);
			return {
				frames: t.count,
				raw: Array.from(t.raw.slice(0, n)),
				app: Array.from(t.app.slice(0, n)),
				longTasks: w.__longTasks.filter(
					(/** @type {{ at: number }} */ l) =>
						l.at >= w.__startedAt && l.at <= w.__startedAt + 60_000
				),
				reps: Number(
					document.querySelector('[data-testid=live-coach]')?.getAttribute('data-rep-count')
				)
			};
		});
		const heapEnd = await heap();
		const rssEnd = browserPid ? rendererRssKb(browserPid) : 0;
		await context.close();
		rmSync(profile, { recursive: true, force: true });
		const raw = percentile(data.raw, 0.5);
		const app = percentile(data.app, 0.5);
		const result = {
			seconds: SECONDS,
			frames: data.frames,
			fps: r1(data.frames / SECONDS),
			raw_ms: r1(raw),
			app_ms: r1(app),
			ratio: Math.round((100 * app) / raw) / 100,
			p90_app_ms: r1(percentile(data.app, 0.9)),
			long_tasks: data.longTasks.length,
			heap_growth_pct: r1((100 * (heapEnd - heapStart)) / heapStart),
			renderer_growth_pct: rssStart ? r1((100 * (rssEnd - rssStart)) / rssStart) : null,
			renderer_kb: { start: rssStart, per_minute: rssSamplesKb, end: rssEnd },
			first_skeleton_cold_ms: Math.round(percentile(cold, 0.5)),
			first_skeleton_warm_ms: Math.round(percentile(warm, 0.5)),
			reps_counted: data.reps
		};
		console.log(JSON.stringify(result, null, 2));
		return result;
	} finally {
		server.close();
	}
}

if (process.argv[1]?.endsWith('coach.mjs')) {
	const r = await benchCoach();
	console.log(
		`coach-bench raw_ms=${r.raw_ms} app_ms=${r.app_ms} ratio=${r.ratio} long_tasks=${r.long_tasks} ` +
			`first_skeleton_cold_ms=${r.first_skeleton_cold_ms} first_skeleton_warm_ms=${r.first_skeleton_warm_ms}`
	);
}
