import { test, expect, ROUTES, waitForServiceWorker } from './fixtures';
import AxeBuilder from '@axe-core/playwright';

test.describe('app shell', () => {
	for (const route of ROUTES) {
		test(`${route.path} renders its heading without console errors`, async ({
			page,
			consoleErrors
		}) => {
			await page.goto(route.path);
			const h1 = page.locator('h1');
			await expect(page.getByText(route.ready).first()).toBeVisible();
			await expect(h1).toHaveCount(1);
			await expect(h1).toHaveText(route.h1);
			await expect(page.getByRole('main')).toBeVisible();
			await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
			expect(consoleErrors).toEqual([]);
		});
	}

	for (const route of ROUTES) {
		test(`${route.path} has no serious or critical accessibility violations`, async ({ page }) => {
			await page.goto(route.path);
			await expect(page.getByText(route.ready).first()).toBeVisible();
			const results = await new AxeBuilder({ page }).analyze();
			const bad = results.violations.filter(
				(v) => v.impact === 'serious' || v.impact === 'critical'
			);
			expect(
				bad.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
			).toEqual([]);
		});
	}

	test('works offline after one visit, across reloads and navigation', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await expect(page.getByText('Ready to work offline')).toBeVisible();
		await context.setOffline(true);
		await page.reload();
		await expect(page.locator('h1')).toHaveText('Today');
		for (const route of ROUTES) {
			await page.goto(route.path);
			await expect(page.getByText(route.ready).first()).toBeVisible();
			await expect(page.locator('h1')).toHaveText(route.h1);
		}
		// The relief session's old address still leads to relief, from the precached page.
		await page.goto('/session?relief');
		await expect(page).toHaveURL(/\/relief$/);
		await expect(page.locator('h1')).toHaveText('Spasm relief');
		// Client-side navigation through the menu works offline too.
		await page.goto('/');
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Learn' })
			.click();
		await expect(page.locator('h1')).toHaveText('Learn about your back');
		await page.reload();
		await expect(page.locator('h1')).toHaveText('Learn about your back');
	});

	test('is installable', async ({ page, context }) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
		expect(manifest).toMatchObject({
			name: expect.any(String),
			short_name: 'Brace',
			display: 'standalone'
		});
	});
});

test.describe('large text', () => {
	test.use({ viewport: { width: 800, height: 1280 } });

	test('text at 200 % keeps every route readable without sideways scrolling', async ({ page }) => {
		for (const route of ROUTES) {
			await page.goto(route.path);
			await page.addStyleTag({ content: 'html { font-size: 225% !important; }' });
			await expect(page.locator('h1')).toBeVisible();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${route.path} scrolls sideways at 200 % text`).toBeLessThanOrEqual(1);
		}
	});
});
