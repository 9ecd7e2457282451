import { test, expect, ROUTES } from './fixtures';
import { completeOnboarding } from './onboard';

// Pictures of every route in tablet landscape and portrait, for people to look at.
for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 800, height: 1280 }
]) {
	test.describe(`screenshots ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });
		test('first run, then every route with a program started', async ({ page }) => {
			const size = `${viewport.width}x${viewport.height}`;
			await page.goto('/welcome');
			await page.screenshot({ path: `test-results/screenshots/welcome-${size}.png` });
			await completeOnboarding(page);
			for (const route of ROUTES) {
				await page.goto(route.path);
				await expect(page.locator('h1')).toBeVisible();
				const name = route.path === '/' ? 'home' : route.path.slice(1).replaceAll('/', '-');
				await page.screenshot({
					path: `test-results/screenshots/${name}-${size}.png`,
					fullPage: true
				});
			}
		});
	});
}

// The player as seen from the floor: demonstration, then a hold in progress.
for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 800, height: 1280 }
]) {
	test(`player screenshots ${viewport.width}x${viewport.height}`, async ({ page }) => {
		const size = `${viewport.width}x${viewport.height}`;
		await page.setViewportSize(viewport);
		await page.clock.install({ time: new Date('2026-11-26T08:00:00') });
		await completeOnboarding(page);
		await page.goto('/session?day=1');
		await page.screenshot({ path: `test-results/screenshots/player-start-${size}.png` });
		await page.getByRole('button', { name: 'Start session' }).click();
		await page.getByRole('button', { name: '2, mild' }).click();
		await page.clock.runFor(3_000);
		await page.screenshot({ path: `test-results/screenshots/player-demo-${size}.png` });
		await page.clock.runFor(40_000);
		await page.screenshot({ path: `test-results/screenshots/player-set-${size}.png` });
		await expect(page.getByTestId('big-number')).toBeVisible();
	});
}
