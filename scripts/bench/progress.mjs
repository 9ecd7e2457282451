// Progress budgets: with three years of daily data (about 1,100 sessions) in the browser's
// IndexedDB, how long the Progress page takes to be interactive from navigation, app start
// included (goal: under 250 ms), and how long a full export and an import (the merge: goal under
// 500 ms) of that data take. Expects a production build in ./build; the
// import and export go through the Settings data panel, as a person would use them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';
import { makeBackup } from './backup-data.mjs';

const median = (/** @type {number[]} */ xs) =>
	[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Times an import in the page itself, from the person's action to the frame that shows the
 * result: Playwright's own polling (up to 500 ms between checks) would otherwise be measured too.
 * Installed before the page loads; the figures land on `window.__braceImport`.
 */
function recordImportTimes() {
	/** @type {Record<string, number>} */
	const t = {};
	Object.assign(window, { __braceImport: t });
	const frame = (/** @type {string} */ key) =>
		requestAnimationFrame(() => (t[key] ??= performance.now()));
	document.addEventListener(
		'change',
		(e) => {
			if (e.target instanceof HTMLElement && e.target.dataset.testid === 'import-file') {
				for (const k of Object.keys(t)) delete t[k];
				t.chosen = e.timeStamp;
			}
		},
		true
	);
	document.addEventListener(
		'click',
		(e) => {
			const button = e.target instanceof Element ? e.target.closest('button') : null;
			if (
				button?.closest('[data-testid="import-preview"]') &&
				button.textContent?.trim() === 'Import'
			)
				t.confirmed = e.timeStamp;
		},
		true
	);
	new MutationObserver(() => {
		if (t.chosen && !t.previewed && document.querySelector('[data-testid="import-preview"]'))
			frame('previewed');
		const message = document.querySelector('[data-testid="data-message"]');
		if (t.confirmed && !t.shown && message?.textContent?.includes('Imported')) frame('shown');
	}).observe(document, { subtree: true, childList: true, characterData: true });
}

/**
 * Imports a backup file through the Settings data panel; returns [preview ms, import ms, of
 * which the database transaction ms], each timed in the page.
 * @param {import('playwright-core').Page} page
 * @param {string} file
 */
export async function importThroughSettings(page, file) {
	await page.goto('/settings');
	const input = page.getByTestId('import-file');
	await input.waitFor({ state: 'attached' });
	await input.setInputFiles(file);
	await page.getByTestId('import-preview').waitFor();
	await page
		.getByTestId('import-preview')
		.getByRole('button', { name: 'Import', exact: true })
		.click();
	await page.getByTestId('data-message').filter({ hasText: 'Imported' }).waitFor();
	return page.evaluate(async () => {
		const at = (/** @type {string} */ name) =>
			performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
		/** @type {Record<string, number> | undefined} */
		const t = Reflect.get(window, '__braceImport');
		if (!t) return [NaN, NaN, NaN];
		while (t.shown === undefined) await new Promise((r) => requestAnimationFrame(r));
		return [
			Math.round((t.previewed ?? NaN) - (t.chosen ?? NaN)),
			Math.round(t.shown - (t.confirmed ?? NaN)),
			Math.round(at('brace:import-committed') - at('brace:import-planned'))
		];
	});
}

/**
 * Deletes everything through the Settings data panel.
 * @param {import('playwright-core').Page} page
 */
async function clearThroughSettings(page) {
	await page.goto('/settings');
	await page.getByRole('button', { name: 'Clear all data…' }).click();
	await page.getByTestId('clear-confirm-input').fill('DELETE');
	await page.getByRole('button', { name: 'Delete everything' }).click();
	await page.getByTestId('data-message').filter({ hasText: 'deleted' }).waitFor();
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
		args: CHROMIUM_FLAGS,
		baseURL: `http://localhost:${port}`,
		viewport: { width: 1024, height: 1366 }
	});
	await context.addInitScript(recordImportTimes);
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await progressReady(page);
		const empty = [];
		for (let i = 0; i < 3; i++) empty.push((await progressReady(page)).ready);
		console.log(
			`progress page with no data (app start baseline): median ${median(empty).toFixed(0)} ms`
		);
		// Import into an empty device three times (clearing in between), as a person would.
		const imports = [];
		for (let i = 0; i < 3; i++) {
			if (i > 0) await clearThroughSettings(page);
			imports.push(await importThroughSettings(page, file));
		}
		const previewMs = median(imports.map(([p]) => p));
		const importMs = median(imports.map(([, m]) => m));
		const writeMs = median(imports.map(([, , w]) => w));
		const kb = Math.round(JSON.stringify(backup).length / 1024);
		console.log(
			`progress: import of ${backup.data.sessions.length} sessions (${kb} kB), median of 3: validate + preview ${previewMs} ms, merge ${importMs} ms (${imports.map(([, m]) => m).join(', ')}; goal 500 ms), of which writing ${writeMs} ms`
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
			`progress page interactive with 3 years of data: median ${median(times).toFixed(0)} ms from navigation (${times.map((t) => t.toFixed(0)).join(', ')}; goal 250 ms)`
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
