import AxeBuilder from '@axe-core/playwright';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, waitForServiceWorker } from './fixtures';
import { completeOnboarding } from './onboard';
import { makeBackup } from '../../scripts/bench/backup-data.mjs';
import { importThroughSettings } from '../../scripts/bench/progress.mjs';

/** What the progress page shows, as text: compared before and after a round trip. */
async function progressSnapshot(page: Page) {
	await page.goto('/progress');
	await expect(page.locator('[data-testid="progress-page"][data-ready="true"]')).toBeVisible();
	await expect(page.getByTestId('progress-summary')).toHaveAttribute('data-final', 'true');
	return {
		summary: await page.getByTestId('progress-summary').innerText(),
		calendar: await page
			.locator('[data-testid="program-calendar"] li')
			.evaluateAll((days) => days.map((d) => d.getAttribute('data-status'))),
		spasms: await page.getByTestId('spasm-timeline').innerText(),
		triggers: await page.getByTestId('triggers').innerText()
	};
}

async function seedFile(dir: string, days = 40): Promise<string> {
	await mkdir(dir, { recursive: true });
	const file = `${dir}/brace-backup-seed.json`;
	await writeFile(file, JSON.stringify(makeBackup({ days })));
	return file;
}

async function openDataPanel(page: Page) {
	await page.goto('/settings');
	await expect(page.getByTestId('data-panel')).toBeVisible();
}

test.describe('progress data', () => {
	test('logged episodes and tension persist through reload and an offline reload', async ({
		page,
		context,
		consoleErrors
	}) => {
		await page.goto('/progress');
		await expect(page.getByTestId('progress-empty')).toBeVisible();

		await page.goto('/progress/log');
		const tension = page.getByTestId('tension-form');
		await tension.getByRole('button', { name: '6, moderate' }).click();
		await tension.getByRole('button', { name: 'Save check-in' }).click();
		await expect(tension.getByRole('status')).toHaveText('Check-in saved.');

		const spasm = page.getByTestId('spasm-form');
		await spasm.getByLabel('Lower back, left').check();
		await spasm.getByRole('button', { name: '7, severe' }).click();
		await spasm.getByLabel('Driving').check();
		await spasm.getByLabel('Hours sitting before it (optional)').fill('3');
		await spasm.getByRole('button', { name: 'Save episode' }).click();
		await expect(spasm.getByRole('status')).toHaveText('Episode saved.');
		// Severe pain logged: the red-flag questions come first; all no points to relief.
		const safety = page.locator('#safety');
		await expect(safety.getByRole('heading', { name: /safety questions/ })).toBeVisible();
		const groups = safety.getByRole('group');
		for (let i = 0; i < (await groups.count()); i++)
			await groups.nth(i).getByText('No', { exact: true }).click();
		await safety.getByRole('button', { name: 'Continue' }).click();
		await expect(safety.getByRole('link', { name: 'Ease a spasm now' })).toBeVisible();

		const check = async () => {
			await expect(page.getByTestId('spasm-timeline')).toContainText('Severity 7/10');
			await expect(page.getByTestId('spasm-timeline')).toContainText('Driving');
			await expect(page.getByTestId('triggers')).toContainText('Log 4 more episodes');
		};
		await page.goto('/progress');
		await check();
		await page.reload();
		await check();

		await waitForServiceWorker(page);
		await context.setOffline(true);
		await page.reload();
		await check();
		await page.goto('/progress/log');
		await expect(page.getByTestId('tension-form')).toContainText('You rated 6/10 earlier today');
		expect(consoleErrors).toEqual([]);
	});

	test('export, clear all, import: the progress page is the same as before', async ({
		page
	}, testInfo) => {
		await openDataPanel(page);
		await importThroughSettings(page, await seedFile(testInfo.outputDir));
		const before = await progressSnapshot(page);
		// A program day is done when any session for it was completed.
		const done = new Set(
			makeBackup({ days: 40 })
				.data.sessions.filter((s) => s.status === 'complete')
				.map((s) => s.day)
		);
		expect(before.calendar.filter((s) => s === 'done')).toHaveLength(done.size);
		for (const size of [
			{ width: 1280, height: 800 },
			{ width: 800, height: 1280 }
		]) {
			await page.setViewportSize(size);
			await page.screenshot({
				path: `test-results/screenshots/progress-data-${size.width}x${size.height}.png`,
				fullPage: true
			});
		}

		await page.goto('/settings');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export all data' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^brace-backup-\d{4}-\d\d-\d\d\.json$/);
		const exported = `${testInfo.outputDir}/exported.json`;
		await download.saveAs(exported);
		expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({ version: 1 });

		await page.getByRole('button', { name: 'Clear all data…' }).click();
		const dialog = page.getByTestId('clear-dialog');
		await expect(dialog.getByRole('button', { name: 'Delete everything' })).toBeDisabled();
		await dialog.getByTestId('clear-confirm-input').fill('DELETE');
		await dialog.getByRole('button', { name: 'Delete everything' }).click();
		await expect(page.getByTestId('data-message')).toContainText('deleted');
		await page.goto('/progress');
		await expect(page.getByTestId('progress-empty')).toBeVisible();

		await importThroughSettings(page, exported);
		expect(await progressSnapshot(page)).toEqual(before);
	});

	test('a broken or hostile file is refused and stored data is untouched', async ({
		page
	}, testInfo) => {
		await openDataPanel(page);
		const seed = await seedFile(testInfo.outputDir, 30);
		await importThroughSettings(page, seed);
		const before = await progressSnapshot(page);
		const text = await readFile(seed, 'utf8');
		const bad = {
			truncated: text.slice(0, text.length / 2),
			hostile: text.replace(
				'"settings":[]',
				'"settings":[{"key":"x","value":{"__proto__":{"a":1}}}]'
			),
			wrongVersion: text.replace('"version":1', '"version":7')
		};
		for (const [name, content] of Object.entries(bad)) {
			const file = `${testInfo.outputDir}/${name}.json`;
			await writeFile(file, content);
			await page.goto('/settings');
			await page.getByTestId('import-file').setInputFiles(file);
			await expect(
				page.getByRole('alert').filter({ hasText: /backup|refused|damaged/ })
			).toBeVisible();
			await expect(page.getByTestId('import-preview')).toHaveCount(0);
		}
		// Importing the same good file again adds nothing.
		await page.goto('/settings');
		await page.getByTestId('import-file').setInputFiles(seed);
		await expect(page.getByTestId('import-preview')).toContainText('already on this device');
		expect(await progressSnapshot(page)).toEqual(before);
	});

	test('two tabs log at once and both see everything', async ({ page, context }) => {
		const other = await context.newPage();
		await Promise.all([page.goto('/progress/log'), other.goto('/progress/log')]);
		for (const p of [page, other]) {
			await expect(p.getByTestId('spasm-form')).toBeVisible();
		}
		await page.getByTestId('spasm-form').getByRole('button', { name: '5, moderate' }).click();
		await other.getByTestId('spasm-form').getByRole('button', { name: '8, severe' }).click();
		await Promise.all([
			page.getByRole('button', { name: 'Save episode' }).click(),
			other.getByRole('button', { name: 'Save episode' }).click()
		]);
		for (const p of [page, other]) {
			await expect(p.getByText('Episode saved.')).toBeVisible();
			await p.goto('/progress');
			await expect(p.getByTestId('spasm-timeline').locator('li')).toHaveCount(2);
		}
		await other.close();
	});

	test('a newer version opened in another tab: this tab lets go and says to reload', async ({
		page,
		context
	}) => {
		await page.goto('/progress/log');
		const tension = page.getByTestId('tension-form');
		await tension.getByRole('button', { name: '3, mild' }).click();
		await tension.getByRole('button', { name: 'Save check-in' }).click();
		await expect(tension.getByRole('status')).toHaveText('Check-in saved.');

		// Another tab upgrades the database (as a newer Brace would); it must not be blocked.
		const other = await context.newPage();
		await other.goto('/learn');
		const version = await other.evaluate(
			() =>
				new Promise<number>((resolve, reject) => {
					const request = indexedDB.open('brace', 99);
					request.onblocked = () => reject(new Error('blocked by the first tab'));
					request.onsuccess = () => {
						request.result.close();
						resolve(request.result.version);
					};
				})
		);
		expect(version).toBe(99);

		await tension.getByRole('button', { name: '4, moderate' }).click();
		await tension.getByRole('button', { name: 'Save check-in' }).click();
		await expect(
			page.getByRole('alert').filter({ hasText: 'updated in another tab' }).first()
		).toBeVisible();
		// This (older) build refuses the newer database instead of failing silently.
		await page.goto('/progress');
		await expect(
			page.getByRole('alert').filter({ hasText: 'newer version of Brace' }).first()
		).toBeVisible();
		await other.close();
	});

	test('progress, history, log and report pages have no serious accessibility violations', async ({
		page
	}) => {
		test.slow(); // axe on four pages
		await page.goto('/progress/log');
		await page.getByTestId('spasm-form').getByRole('button', { name: '4, moderate' }).click();
		await page.getByRole('button', { name: 'Save episode' }).click();
		await expect(page.getByText('Episode saved.')).toBeVisible();
		for (const path of ['/progress', '/progress/history', '/progress/log', '/report']) {
			await page.goto(path);
			await expect(page.locator('h1')).toBeVisible();
			await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
			const results = await new AxeBuilder({ page }).analyze();
			const bad = results.violations.filter(
				(v) => v.impact === 'serious' || v.impact === 'critical'
			);
			expect(
				bad.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
			).toEqual([]);
		}
	});
});

test.describe('relief sessions on the progress page', () => {
	/** Plays a session from its ready card to the summary on a fast-forwarded clock. */
	async function play(page: Page, path: string, before: string, after: string) {
		await page.goto(path);
		await page.getByRole('button', { name: before }).click();
		await page.clock.fastForward('30:00');
		await page.getByRole('button', { name: after }).click();
		await expect(page.getByTestId('summary')).toBeVisible();
	}

	test('relief sessions do not change the program figures; same-day points are grouped', async ({
		page
	}) => {
		await page.clock.install({ time: new Date('2026-11-26T08:00:00') });
		await completeOnboarding(page);
		await play(page, '/session?day=1', '4, moderate', '2, mild');
		// The stretch session is the player's session outside the program (?relief is the relief flow).
		await play(page, '/session?stretch', '6, moderate', '3, mild');
		await page.goto('/progress');
		await expect(page.getByTestId('session-count')).toHaveText('1');
		await expect(page.getByTestId('progress-summary')).toContainText('4 → 2');
		const relief = page.getByTestId('relief-summary');
		await expect(relief.getByTestId('relief-count')).toHaveText('1');
		await expect(relief.getByTestId('relief-pain')).toHaveText('6 → 3');
		// A second program session the same day: two points on one day, labelled as one day.
		await play(page, '/session?day=1', '3, mild', '1, mild');
		await page.goto('/progress');
		await expect(page.getByTestId('session-count')).toHaveText('2');
		await expect(page.getByTestId('relief-count')).toHaveText('1');
		await expect(page.getByTestId('same-day')).toHaveCount(1);
		await expect(page.getByTestId('same-day')).toContainText('×2');
		await page.screenshot({
			path: 'test-results/screenshots/progress-relief-1280x800.png',
			fullPage: true
		});
	});
});
