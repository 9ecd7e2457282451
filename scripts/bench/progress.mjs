// Progress budgets: with three years of daily data (about 1,100 sessions) in the browser's
// IndexedDB, how long the Progress page takes to be interactive (goal: under 300 ms) and how long
// a full export and an import of that data take. Expects a production build in ./build; the
// import and export go through the Settings data panel, as a person would use them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const EXERCISES = ['dead-bug', 'bird-dog', 'side-plank', 'glute-bridge', 'cat-camel'];
const TRIGGERS = ['driving', 'sitting-long', 'lifting', 'stress', 'poor-sleep', 'sport'];

/**
 * Small seeded PRNG: the same data every run.
 * @param {number} seed
 */
function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const iso = (/** @type {number} */ ms) => new Date(ms).toISOString();
const pain = (/** @type {number} */ x) => Math.max(0, Math.min(10, Math.round(x)));

/**
 * A valid Brace backup (format version 1) with `days` of daily use ending yesterday: a session,
 * a next-morning pain check-in and a tension check-in each day, and a spasm episode every ~18 days.
 */
export function makeBackup({ days = 1100, end = Date.now(), seed = 7 } = {}) {
	const random = prng(seed);
	const dayMs = 86_400_000;
	const first = new Date(end - days * dayMs);
	first.setHours(0, 0, 0, 0);
	const sessions = [];
	const checkIns = [];
	const tension = [];
	const spasms = [];
	for (let i = 0; i < days; i++) {
		const start = first.getTime() + i * dayMs + 8 * 3_600_000 + Math.floor(random() * 3_600_000);
		const camera = random() < 0.6;
		const base = 6 - (i / days) * 4;
		const id = `bench-s-${i}`;
		sessions.push({
			id,
			day: (i % 28) + 1,
			startedAt: iso(start),
			endedAt: iso(start + 18 * 60_000),
			status: random() < 0.9 ? 'complete' : 'partial',
			painBefore: pain(base + random() * 2),
			painAfter: pain(base - 1 + random() * 2),
			exercises: EXERCISES.map((exerciseId) => ({
				exerciseId,
				setsPlanned: 3,
				setsDone: 3,
				repsDone: 24,
				holdsDone: 6,
				secondsDone: 120,
				...(camera
					? {
							goodFormSeconds: 80 + Math.floor(random() * 40),
							formScore: 60 + Math.floor(random() * 35)
						}
					: {}),
				skipped: false
			})),
			skippedSteps: [],
			cameraUsed: camera,
			durationSeconds: 900 + Math.floor(random() * 600),
			notes: i % 10 === 0 ? 'Felt stiff, eased off on the side plank, then fine.' : ''
		});
		checkIns.push({
			id: `bench-c-${i}`,
			at: iso(start + dayMs - 3_600_000),
			kind: 'morning',
			pain: pain(base - 1),
			sessionId: id
		});
		tension.push({
			id: `bench-t-${i}`,
			at: iso(start - 3_600_000),
			tension: pain(base + random() * 3),
			notes: ''
		});
		if (i % 18 === 5) {
			spasms.push({
				id: `bench-e-${i}`,
				at: iso(start + 10 * 3_600_000),
				area: ['lower-left'],
				severity: pain(5 + random() * 4),
				triggers: [TRIGGERS[Math.floor(random() * TRIGGERS.length)]],
				sittingHours: Math.round(random() * 50) / 10,
				helped: ['knees-to-chest', 'heat'],
				notes: ''
			});
		}
	}
	return {
		format: 'brace-backup',
		version: 1,
		exportedAt: iso(end),
		appVersion: 'bench',
		data: { settings: [], program: null, sessions, checkIns, spasms, tension }
	};
}

const median = (/** @type {number[]} */ xs) =>
	[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Imports a backup file through the Settings data panel; returns [preview ms, import ms].
 * @param {import('playwright-core').Page} page
 * @param {string} file
 */
export async function importThroughSettings(page, file) {
	await page.goto('/settings');
	const input = page.getByTestId('import-file');
	await input.waitFor({ state: 'attached' });
	const t0 = Date.now();
	await input.setInputFiles(file);
	await page.getByTestId('import-preview').waitFor();
	const t1 = Date.now();
	await page
		.getByTestId('import-preview')
		.getByRole('button', { name: 'Import', exact: true })
		.click();
	await page.getByTestId('data-message').filter({ hasText: 'Imported' }).waitFor();
	return [t1 - t0, Date.now() - t1];
}

/**
 * Opens /progress and returns the page's User Timing marks (ms from navigation).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ ready: number, load: number, data: number, complete: number }>}
 */
async function progressReady(page) {
	await page.goto('/progress');
	await page.locator('[data-testid="progress-page"][data-ready="true"]').waitFor();
	await page.getByTestId('progress-summary').or(page.getByTestId('progress-empty')).waitFor();
	await page.waitForFunction(
		() => performance.getEntriesByName('brace:progress-complete').length > 0
	);
	return page.evaluate(() => {
		const at = (/** @type {string} */ name) =>
			performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
		return {
			ready: at('brace:progress-ready'),
			load: at('brace:progress-load'),
			data: at('brace:progress-data'),
			complete: at('brace:progress-complete')
		};
	});
}

export async function benchProgress() {
	const port = Number(process.env.BENCH_PROGRESS_PORT ?? 4382);
	// Loaded by URL so the e2e spec, which imports this module, does not type-check the server.
	/** @type {{ serve: (o: { getRoot: () => string, port: number, host: string }) => Promise<import('node:http').Server> }} */
	const { serve } = await import(new URL('../serve.mjs', import.meta.url).href);
	const server = await serve({ getRoot: () => 'build', port, host: 'localhost' });
	const profile = await mkdtemp(join(tmpdir(), 'brace-bench-'));
	const file = join(profile, 'brace-backup-bench.json');
	const backup = makeBackup();
	await writeFile(file, JSON.stringify(backup));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: ARGS,
		baseURL: `http://localhost:${port}`,
		viewport: { width: 1024, height: 1366 }
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await progressReady(page);
		const empty = [];
		for (let i = 0; i < 3; i++) empty.push((await progressReady(page)).ready);
		console.log(
			`progress page with no data (app start baseline): median ${median(empty).toFixed(0)} ms`
		);
		const [previewMs, importMs] = await importThroughSettings(page, file);
		const kb = Math.round(JSON.stringify(backup).length / 1024);
		console.log(
			`progress: import of ${backup.data.sessions.length} sessions (${kb} kB): validate + preview ${previewMs} ms, merge ${importMs} ms`
		);
		const exportStart = Date.now();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export all data' }).click()
		]);
		await download.path();
		console.log(`progress: export ${Date.now() - exportStart} ms`);
		await progressReady(page); // warm the HTTP cache, like a second visit
		/** @type {{ ready: number, load: number, data: number, complete: number }[]} */
		const runs = [];
		for (let i = 0; i < 5; i++) runs.push(await progressReady(page));
		const times = runs.map((r) => r.ready);
		const m = (/** @type {(r: (typeof runs)[number]) => number} */ f) =>
			median(runs.map(f)).toFixed(0);
		console.log(
			`progress page interactive with 3 years of data: median ${median(times).toFixed(0)} ms from navigation (${times.map((t) => t.toFixed(0)).join(', ')}; goal 300 ms)`
		);
		console.log(
			`  of which: app start ${m((r) => r.load)} ms, reading the last 90 days ${m((r) => r.data - r.load)} ms, summarising + rendering ${m((r) => r.ready - r.data)} ms; all-time figures final at ${m((r) => r.complete)} ms`
		);
		return { previewMs, importMs, progressMs: median(times) };
	} finally {
		await context.close();
		server.close();
		await rm(profile, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await benchProgress();
