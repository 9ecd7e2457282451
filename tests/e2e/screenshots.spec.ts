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
