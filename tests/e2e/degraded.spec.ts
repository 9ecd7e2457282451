import { test, expect } from './fixtures';
import { completeOnboarding } from './onboard';

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

test.describe('a part of the app that cannot be downloaded', () => {
	test('the session says so and offers a reload; nothing stored is lost', async ({
		page,
		context
	}) => {
		// No service worker, so every chunk comes from the network; the player's is refused, as
		// when a new version replaced the files under an open page.
		await context.addInitScript(() => {
			delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
		});
		await completeOnboarding(page);
		await context.route('**/_app/immutable/**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes('data-testid="instruction"')) await route.abort();
			else await route.fulfill({ response, body });
		});
		await page.goto('/session?day=1');
		await page.getByRole('button', { name: '2, mild' }).click();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('This part of Brace could not be loaded');
		await expect(alert).toContainText('Nothing you saved is lost');
		await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
		await expect(alert.getByRole('link', { name: 'Back to Today' })).toHaveAttribute('href', '/');
		await page.screenshot({ path: 'test-results/screenshots/load-failed-1280x800.png' });
		// The onboarding answers are still there: Today offers day 1, not the welcome.
		await context.unrouteAll({ behavior: 'ignoreErrors' });
		await page.goto('/');
		await expect(page.getByRole('link', { name: "Start today's session" })).toBeVisible();
	});
});
