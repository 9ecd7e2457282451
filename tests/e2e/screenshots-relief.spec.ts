import { test, expect } from './fixtures';
import { completeOnboarding } from './onboard';

// Relief, the flare-up plan and Learn, light and dark, in tablet landscape and portrait.
for (const colorScheme of ['light', 'dark'] as const) {
	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 800, height: 1280 }
	]) {
		const size = `${viewport.width}x${viewport.height}`;
		test(`relief, flare-up plan and Learn screenshots ${size} ${colorScheme}`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme });
			await page.clock.install({ time: new Date('2026-11-26T20:00:00') });
			await completeOnboarding(page);
			const shot = (name: string, fullPage = false) =>
				page.screenshot({
					path: `test-results/screenshots/${name}-${size}-${colorScheme}.png`,
					fullPage
				});
			await page.goto('/relief');
			await expect(page.getByRole('button', { name: 'I have one of these' })).toBeVisible();
			await shot('relief-start');
			await page.clock.runFor(15_000);
			await expect(page.getByRole('button', { name: "I'm on my side" })).toBeVisible();
			await shot('relief-wait');
			await page.goto('/relief?timer');
			await shot('relief-timer-choose');
			await page.getByRole('button', { name: 'Cold, 15 min' }).click();
			await page.clock.runFor(62_000);
			await shot('relief-timer');
			await page.getByRole('button', { name: 'Stop the timer' }).click();
			await page.getByRole('button', { name: 'Carry on' }).click();
			await page.clock.runFor(30_000);
			await expect(page.getByTestId('episode-log')).toBeVisible();
			await shot('relief-end', true);
			await page.goto('/relief/plan');
			await shot('flare-up-plan', true);
			await page.goto('/learn');
			await shot('learn', true);
			await page.getByRole('searchbox').fill('sitting');
			await shot('learn-search');
			await page.goto('/learn/sleep');
			await shot('learn-article', true);
			await page.goto('/learn/lifting');
			await shot('learn-lifting');
			await page.goto('/');
			await shot('today', true);
			// The player's briefing before the first set: instructions, safety, the mistake.
			await page.goto('/session?day=1');
			await page.getByRole('button', { name: '2, mild' }).click();
			await page.clock.runFor(20_000);
			await expect(page.getByTestId('briefing')).toBeVisible();
			await shot('player-briefing');
		});
	}
}
