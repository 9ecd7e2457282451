import { test, expect, waitForServiceWorker } from './fixtures';
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
});
