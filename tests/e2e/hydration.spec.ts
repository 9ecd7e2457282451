/**
 * Every page is prerendered, so its controls are on screen before the script that runs them. A tap
 * in that moment must not flip a box that the script then flips back, unsaved.
 */
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { storedSetting } from './stored';

/** Holds the app's script back until the returned function is called, as on a slow tablet. */
async function holdScript(context: BrowserContext): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((done) => (release = done));
	await context.route('**/_app/immutable/entry/start.*.js', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

test('a tap before the page can answer it changes nothing, and the page then works', async ({
	page,
	context,
	consoleErrors
}) => {
	const release = await holdScript(context);
	await page.goto('/progress/log', { waitUntil: 'domcontentloaded' });
	const driving = page.getByRole('checkbox', { name: 'Driving' });
	await driving.scrollIntoViewIfNeeded();
	const box = (await driving.boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(driving).not.toBeChecked();

	release();
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
	await driving.check();
	await expect(driving).toBeChecked();
	expect(consoleErrors).toEqual([]);
});

test('settings wait for their stored values, then a change is kept across a reload', async ({
	page,
	context
}) => {
	const release = await holdScript(context);
	await page.goto('/settings', { waitUntil: 'domcontentloaded' });
	const full = page.getByRole('radio', { name: /Higher accuracy/ });
	await expect(full).toBeVisible();
	await expect(full).toBeDisabled();

	release();
	await full.check(); // waits until it is enabled
	await expect.poll(() => storedSetting(page, 'poseModel')).toBe('full');
	await page.reload();
	await expect(full).toBeChecked();
	await expect(full).toBeEnabled();
});
