import { test, expect, ROUTES } from './fixtures';
import { completeOnboarding } from './onboard';
import { advanceUntil, attributeIs, textIs } from './clock';

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

// The player as seen from the floor, in every state, light and dark.
for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 800, height: 1280 }
]) {
	test(`player screenshots ${viewport.width}x${viewport.height}`, async ({ page }) => {
		const size = `${viewport.width}x${viewport.height}`;
		const shoot = async (state: string) => {
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await page.screenshot({
					path: `test-results/screenshots/player-${state}-${size}-${scheme}.png`,
					animations: 'disabled'
				});
			}
			await page.emulateMedia({ colorScheme: 'light' });
		};
		const stage = page.getByTestId('stage');
		await page.setViewportSize(viewport);
		await page.clock.install({ time: new Date('2026-11-26T08:00:00') });
		await completeOnboarding(page);
		await page.goto('/session?day=1');
		await shoot('ready');
		// The clock stands still between steps: each state is caught inside its window.
		await page.clock.pauseAt(await page.evaluate(() => Date.now() + 500));
		await page.getByRole('button', { name: '2, mild' }).click();
		await advanceUntil(page, attributeIs(stage, 'data-tone', 'watch'));
		// While it plays, the demonstration fills its box and is the largest thing on screen.
		const sizes = await page.evaluate(() => {
			const rect = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
			const box = rect('[data-testid="demo-figure"]');
			const body = rect('[data-testid="figure-body"]');
			const status = rect('[data-testid="big-number"]');
			const area = (r?: DOMRect) => (r ? r.width * r.height : 0);
			return {
				fill: box && body ? Math.max(body.width / box.width, body.height / box.height) : 0,
				figure: area(body),
				largestOther: Math.max(
					area(status),
					area(rect('[data-testid="instruction"]')),
					area(rect('.controls'))
				)
			};
		});
		expect(sizes.fill).toBeGreaterThanOrEqual(0.7);
		expect(sizes.figure).toBeGreaterThan(sizes.largestOther);
		await shoot('watch');
		await advanceUntil(page, attributeIs(stage, 'data-tone', 'ready'));
		await shoot('get-ready');
		await advanceUntil(page, async () => (await page.getByTestId('breath-guide').count()) > 0);
		await shoot('breathe');
		// Day 1's brace: its first hold, then the relax after it.
		await advanceUntil(page, textIs(page.getByTestId('stage-count'), 'Hold 1 of 6'));
		await expect(stage).toHaveAttribute('data-tone', 'work');
		await shoot('hold');
		await advanceUntil(page, attributeIs(stage, 'data-tone', 'rest'));
		await shoot('rest');
		await page.getByRole('button', { name: 'Pause' }).click();
		await expect(stage).toHaveAttribute('data-tone', 'paused');
		await shoot('paused');
		await page.getByTestId('paused-cover').click();
		await page.clock.fastForward('30:00');
		await page.getByRole('button', { name: '1, mild' }).click();
		await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
		await shoot('done');
	});
}
