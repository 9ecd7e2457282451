import { test, expect, ROUTES } from './fixtures';
import { completeOnboarding } from './onboard';
import { storedRedFlagAt } from './red-flags';
import type { Page } from '@playwright/test';

const SENTENCE = 'call for help now';
const said = (page: Page) => page.getByTestId('relief-text');

test.describe('relief', () => {
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-26T20:00:00') });
	});

	test('starts with one tap from every route, and from inside a session', async ({ page }) => {
		await completeOnboarding(page);
		for (const route of ROUTES.filter((r) => r.path !== '/relief')) {
			await page.goto(route.path);
			await page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'Spasm now' })
				.click();
			await expect(said(page), `from ${route.path}`).toContainText(SENTENCE);
			await expect(page.getByRole('button', { name: 'I have one of these' })).toBeVisible();
		}
		// The header hides while a session plays; a Spasm now button stays.
		await page.goto('/session?day=1');
		await page.getByRole('button', { name: '2, mild' }).click();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await page.getByRole('link', { name: 'Spasm now' }).click();
		await expect(said(page)).toContainText(SENTENCE);
		// The relief session's old address opens the relief page, loaded or from inside the app.
		await page.goto('/session?relief');
		await expect(page).toHaveURL(/\/relief$/);
		await expect(said(page)).toContainText(SENTENCE);
		await page.goto('/program');
		await page.evaluate(() => {
			const a = Object.assign(document.createElement('a'), { href: '/session?relief' });
			document.body.append(a);
			a.click();
		});
		await expect(page).toHaveURL(/\/relief$/);
		await expect(said(page)).toContainText(SENTENCE);
	});

	test('runs to the end on a sped-up clock, waiting at each change of position, then logs the episode', async ({
		page,
		consoleErrors
	}) => {
		await page.goto('/relief');
		await expect(said(page)).toContainText(SENTENCE);
		await page.clock.runFor(15_000);
		await expect(page.getByRole('heading', { name: 'Onto your side' })).toBeVisible();
		// Waits for the person, however long.
		await page.clock.runFor(120_000);
		await expect(page.getByRole('heading', { name: 'Onto your side' })).toBeVisible();
		await page.getByRole('button', { name: "I'm on my side" }).click();
		await expect(said(page)).toContainText('Bring your knees up towards your chest');
		await page.clock.runFor(20_000);
		await expect(said(page)).toContainText('suck your belly in');
		await page.clock.runFor(160_000);
		await expect(page.getByRole('heading', { name: 'Change position' })).toBeVisible();
		await page.getByRole('button', { name: "I'm on my back" }).click();
		await page.clock.runFor(15_000);
		await expect(said(page)).toContainText('Your calves');
		await page.clock.runFor(100_000);
		await expect(page.getByRole('heading', { name: 'Cold or heat' })).toBeVisible();
		await page.getByRole('button', { name: 'Skip' }).click();
		await page.clock.runFor(30_000);
		await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();

		const log = page.getByTestId('episode-log');
		await expect(log.getByLabel('Lying on my side')).toBeChecked();
		await expect(log.getByLabel('Knees to chest')).toBeChecked();
		await log.getByRole('button', { name: '5, moderate' }).click();
		await log.getByLabel('Stress').check();
		await log.getByRole('button', { name: 'Save to my spasm log' }).click();
		await expect(page.getByText('Saved to your spasm log.')).toBeVisible();
		await page.goto('/progress');
		await expect(page.getByTestId('spasm-timeline')).toContainText('Severity 5/10');
		expect(consoleErrors).toEqual([]);
	});

	test('"I have one of these" offers nothing but help until a doctor has seen the person', async ({
		page
	}) => {
		await completeOnboarding(page);
		await page.goto('/relief');
		await page.getByRole('button', { name: 'I have one of these' }).click();
		await expect(page.getByRole('alert')).toContainText('Go to an emergency department now');
		await expect(page.getByRole('link', { name: /Call 112/ })).toHaveAttribute('href', 'tel:112');
		// The advice shows before the stop is stored; the page loads below need it stored.
		await expect.poll(() => storedRedFlagAt(page)).not.toBeNull();
		// The relief session is blocked too, whichever way it is opened.
		for (const path of ['/session?relief', '/relief', '/session?day=1', '/session?stretch']) {
			await page.goto(path);
			await expect(page.getByRole('alert'), path).toContainText(
				'Go to an emergency department now'
			);
			await expect(said(page)).toHaveCount(0);
			await expect(page.getByRole('button', { name: '2, mild' })).toHaveCount(0);
		}
		await page.goto('/');
		await expect(page.getByRole('link', { name: "Start today's session" })).toHaveCount(0);
		await page.getByRole('button', { name: 'A doctor has seen me' }).click();
		await page.getByRole('button', { name: 'Yes, a doctor has seen me' }).click();
		// The program comes back only once the answer is stored, so a page load now keeps it.
		await expect(page.getByRole('link', { name: "Start today's session" })).toBeVisible();
		expect(await storedRedFlagAt(page)).toBeNull();
		await page.goto('/relief');
		await expect(said(page)).toContainText(SENTENCE);
	});

	test('the cold or heat timer says when time is up', async ({ page }) => {
		await page.goto('/relief?timer');
		await expect(page.getByRole('heading', { name: 'Cold or heat' })).toBeVisible();
		await page.getByText('10 min', { exact: true }).click();
		await page.getByRole('button', { name: 'Heat, 10 min' }).click();
		await expect(said(page)).toContainText('never straight on the skin');
		await expect(page.getByRole('timer')).toHaveText('10:00');
		await expect(page.getByTestId('lock-note')).toContainText(/screen/);
		await page.clock.runFor(9 * 60_000);
		await expect(page.getByRole('timer')).toHaveText('1:00');
		await page.clock.runFor(61_000);
		await expect(page.getByRole('status').filter({ hasText: 'Time is up' })).toBeVisible();
		await expect(said(page)).toContainText('Take the heat off now');
		await page.getByRole('button', { name: 'Carry on' }).click();
		await expect(page.getByRole('heading', { name: 'Getting up' })).toBeVisible();
	});
});

test.describe('daily tension check-in', () => {
	test('takes a few taps and survives a reload', async ({ page }) => {
		await completeOnboarding(page);
		const check = page.getByTestId('tension-check');
		await check.getByRole('button', { name: '5, moderate' }).click();
		await check.getByRole('checkbox', { name: 'Lower back, left' }).click();
		await check.getByLabel('Driving').check();
		await check.getByRole('button', { name: 'Save check-in' }).click();
		await expect(check).toContainText('Checked in today: tension 5 out of 10, 1 area');
		await page.reload();
		await expect(page.getByTestId('tension-check')).toContainText(
			'Checked in today: tension 5 out of 10, 1 area'
		);
	});
});

test.describe('sitting breaks', () => {
	test('prompt while the app is open, when turned on', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-26T09:00:00') });
		await page.goto('/settings');
		await page.getByLabel('Remind me to stand, brace and walk for two minutes').check();
		await page.getByLabel('Every 30 minutes').check();
		// Client-side navigation: the app stays open, as it would in a tab on a desk.
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Learn' })
			.click();
		await expect(page.locator('h1')).toHaveText(/learn/i);
		await page.clock.runFor(29 * 60_000);
		await expect(page.getByTestId('sitting-break')).toHaveCount(0);
		await page.clock.runFor(2 * 60_000);
		await expect(page.getByTestId('sitting-break')).toContainText('walk for two minutes');
		await page.getByRole('button', { name: 'Done' }).click();
		await expect(page.getByTestId('sitting-break')).toHaveCount(0);
	});
});
