import { test, expect } from './fixtures';

test.describe('browsers with missing features', () => {
	test('without service workers the app runs online and says offline mode is unavailable', async ({
		page,
		context,
		consoleErrors
	}) => {
		await context.addInitScript(() => {
			delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
		});
		await page.goto('/');
		await expect(page.getByText('Offline mode is unavailable in this browser')).toBeVisible();
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Learn' })
			.click();
		await expect(page.locator('h1')).toHaveText('Learn about your back');
		await page.goto('/settings');
		await expect(page.getByText('Not available in this browser')).toBeVisible();
		expect(consoleErrors).toEqual([]);
	});

	test('with storage blocked the app says nothing will be kept and still runs', async ({
		page,
		context
	}) => {
		await context.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { get: () => undefined });
		});
		await page.goto('/');
		await expect(page.getByText('This browser is not letting Brace save anything')).toBeVisible();
		await page.goto('/learn');
		await expect(page.locator('h1')).toHaveText('Learn about your back');
		await page.goto('/relief');
		await expect(page.getByTestId('relief-text')).toContainText('call for help now');
	});
});
