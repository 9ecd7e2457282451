import { test, expect, waitForServiceWorker } from './fixtures';
import { completeOnboarding } from './onboard';
import type { Page } from '@playwright/test';
import { cp, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { serve } from '../../scripts/serve.mjs';

// Its own server, beside the suite's: offset from E2E_PORT so parallel checkouts do not clash.
const PORT = Number(process.env.E2E_PORT ?? 4317) + 74;
const A = '.tmp/update-a';
const B = '.tmp/update-b';

/** Two deploys of the same app that differ only in their build id, as two releases would. */
async function makeBuild(dir: string, id: string) {
	await rm(dir, { recursive: true, force: true });
	await cp('build', dir, { recursive: true });
	execFileSync('node', ['scripts/build-sw.mjs', dir, id], { stdio: 'ignore' });
}

/** Deploys build B and waits until the browser has it installed and waiting. */
async function deployB(page: Page, setRoot: () => void) {
	setRoot();
	await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
	await page.waitForFunction(async () =>
		Boolean((await navigator.serviceWorker.getRegistration())?.waiting)
	);
}

/** Starts day 1 and marks the page, so a reload (which would lose the session) shows. */
async function startSession(page: Page) {
	await page.goto('/session?day=1');
	await page.getByRole('button', { name: '2, mild' }).click();
	await expect(page.getByRole('heading', { name: 'Diaphragmatic breathing' })).toBeVisible();
	await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
}

const stillKept = (page: Page) =>
	page.evaluate(() => (window as unknown as { kept?: boolean }).kept === true);

async function endSession(page: Page) {
	await page.getByRole('button', { name: 'End session' }).click();
	await page
		.getByRole('dialog', { name: 'End the session?' })
		.getByRole('button', { name: 'End', exact: true })
		.click();
	await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
}

test.describe('update flow', () => {
	test.use({ baseURL: `http://localhost:${PORT}` });
	let server: Server;
	let root = A;

	test.beforeAll(async () => {
		await makeBuild(A, 'build-a');
		await makeBuild(B, 'build-b');
		server = await serve({ getRoot: () => root, port: PORT, host: 'localhost' });
	});
	test.afterAll(async () => {
		await new Promise((done) => server.close(done));
	});

	test('a new deploy shows "A new version is ready" and Reload switches to it', async ({
		page
	}) => {
		root = A;
		await page.goto('/settings');
		await waitForServiceWorker(page);
		await expect(page.getByTestId('app-version')).toContainText('build-a');

		root = B;
		// Navigations make the browser check for a new service worker.
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		await expect(page.getByText('A new version is ready')).toBeVisible({ timeout: 30_000 });
		await expect(page.getByTestId('app-version')).toContainText('build-a');

		await page.getByRole('button', { name: 'Reload' }).click();
		await expect(page.getByTestId('app-version')).toContainText('build-b', { timeout: 30_000 });
		await expect(page.getByText('A new version is ready')).toHaveCount(0);
	});

	test('a new version waits while a session plays, and is offered once it ends', async ({
		page
	}) => {
		root = A;
		await completeOnboarding(page);
		await waitForServiceWorker(page);
		await startSession(page);
		await deployB(page, () => (root = B));
		// workbox-window reports a waiting worker 200 ms after it installed; give it time.
		await page.waitForTimeout(1_000);
		await expect(page.getByText('A new version is ready')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		expect(await stillKept(page)).toBe(true);

		await endSession(page);
		expect(await stillKept(page)).toBe(true);
		await expect(page.getByText('A new version is ready')).toBeVisible();
		await page.screenshot({ path: 'test-results/screenshots/update-after-session-1280x800.png' });
		await page.getByRole('button', { name: 'Reload' }).click();
		await page.waitForFunction(() => !(window as unknown as { kept?: boolean }).kept);
		await page.goto('/settings');
		await expect(page.getByTestId('app-version')).toContainText('build-b');
	});

	test('Reload in another tab waits until the session playing here ends', async ({
		page,
		context
	}) => {
		root = A;
		await completeOnboarding(page);
		await waitForServiceWorker(page);
		await startSession(page);
		const other = await context.newPage();
		await other.goto('/settings');
		await deployB(other, () => (root = B));
		await other.getByRole('button', { name: 'Reload' }).click();
		await expect(other.getByText('A session is playing in another Brace tab')).toBeVisible();
		await other.screenshot({
			path: 'test-results/screenshots/update-waits-other-tab-1280x800.png'
		});
		await expect(other.getByTestId('app-version')).toContainText('build-a');
		expect(await stillKept(page)).toBe(true);

		await endSession(page);
		await other.getByRole('button', { name: 'Reload' }).click();
		await expect(other.getByTestId('app-version')).toContainText('build-b', { timeout: 30_000 });
		// The finished session's page was not reloaded under the person.
		expect(await stillKept(page)).toBe(true);
		await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
	});
});
