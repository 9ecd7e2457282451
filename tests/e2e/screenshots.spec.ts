import { test, expect, ROUTES } from './fixtures';

// Pictures of every route in tablet landscape and portrait, for people to look at.
for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 800, height: 1280 }
]) {
	test.describe(`screenshots ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });
		test('every route', async ({ page }) => {
			for (const route of ROUTES) {
				await page.goto(route.path);
				await expect(page.locator('h1')).toBeVisible();
				const name = route.path === '/' ? 'home' : route.path.slice(1).replaceAll('/', '-');
				await page.screenshot({
					path: `test-results/screenshots/${name}-${viewport.width}x${viewport.height}.png`,
					fullPage: true
				});
			}
		});
	});
}
