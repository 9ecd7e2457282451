/**
 * Pictures of the player with the camera, in good and fault states, tablet landscape and
 * portrait, light and dark, for people to look at (test-results/screenshots/coach-*). The fake
 * camera plays rendered bridges: good ones, then ones that stop short.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeTestVideos } from '../../scripts/make-test-videos.mjs';
import { expect, test } from './fixtures';
import { untilFormState } from './coach';

const videos = makeTestVideos();
test.describe.configure({ timeout: 240_000 });

async function shoot(page: Page, state: string, size: string): Promise<void> {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.screenshot({
			path: `test-results/screenshots/coach-${state}-${size}-${scheme}.png`,
			// The stage fades between colours: the picture shows where the fade ends.
			animations: 'disabled'
		});
	}
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 800, height: 1280 }
]) {
	const size = `${viewport.width}x${viewport.height}`;
	test.describe(`coach screenshots ${size}`, () => {
		test.use({
			viewport,
			grant: ['camera'],
			launchArgs: [
				'--use-fake-device-for-media-stream',
				`--use-file-for-fake-video-capture=${join(videos, 'gb-hipslow.y4m')}`
			]
		});
		test('practice with the camera: watching, good form, a fault', async ({ page }) => {
			await page.goto('/session?practice=glute-bridge');
			await page.getByRole('button', { name: 'Start practising' }).click();
			const panel = page.getByTestId('live-coach');
			await expect(panel).toHaveAttribute('data-tracking', 'true', { timeout: 90_000 });
			await shoot(page, 'watch', size);
			await page.getByRole('button', { name: 'Skip' }).click();
			await untilFormState(page, 'good');
			await shoot(page, 'good', size);
			await untilFormState(page, 'fault');
			await shoot(page, 'fault', size);
		});
	});
}
