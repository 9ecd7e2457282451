import { test, expect } from './fixtures';
import { completeOnboarding } from './onboard';
import type { Page } from '@playwright/test';

async function startDay(page: Page, day: number, painBefore = '2, mild'): Promise<void> {
	await page.goto(`/session?day=${day}`);
	await page.getByRole('button', { name: 'Start session' }).click();
	await expect(page.getByText(/how much pain do you have right now/i).first()).toBeVisible();
	await page.getByRole('button', { name: painBefore }).click();
}

const bigNumber = (page: Page) => page.getByTestId('big-number');

test.describe('session player', () => {
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-26T08:00:00') });
	});

	test('a red-flag yes blocks the session', async ({ page }) => {
		await page.goto('/welcome');
		await page.getByRole('button', { name: 'I understand' }).click();
		const groups = page.getByRole('group');
		const count = await groups.count();
		for (let i = 0; i < count; i++) {
			await groups
				.nth(i)
				.getByText(i === 0 ? 'Yes' : 'No', { exact: true })
				.click();
		}
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(page.getByRole('alert')).toContainText(/go to an emergency department now/i);
		await page.goto('/session?day=1');
		await expect(page.getByRole('alert')).toContainText(/go to an emergency department now/i);
		await expect(page.getByRole('button', { name: 'Start session' })).toHaveCount(0);
	});

	test('completes day 1 on a fast-forwarded clock, with captions', async ({
		page,
		consoleErrors
	}) => {
		await completeOnboarding(page);
		await startDay(page, 1);
		await expect(page.getByRole('heading', { name: 'Diaphragmatic breathing' })).toBeVisible();
		await expect(page.getByTestId('captions')).toContainText('Diaphragmatic breathing');
		await page.clock.runFor(6_000);
		// The full briefing comes first: every instruction, then safety and the most common mistake.
		await expect(page.getByTestId('instruction')).toContainText('Lie on your back');
		await expect(page.getByTestId('briefing')).toContainText('Watch for');
		await page.clock.runFor(30_000);
		await expect(page.getByTestId('instruction')).toContainText('Lifting the chest and shoulders');
		await page.clock.runFor(10_000);
		await expect(page.getByTestId('captions')).toContainText('Go. Breathe in, belly rises');
		await page.clock.fastForward('30:00');
		await expect(
			page.getByText('How much pain do you have now, from 0 to 10?').first()
		).toBeVisible();
		await page.getByRole('button', { name: '1, mild' }).click();
		await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
		await expect(page.getByTestId('decision')).toContainText('Your pain was 1 after the session');
		await page.goto('/');
		await expect(page.getByRole('heading', { name: /Day 2 of 28/ })).toBeVisible();
		// Little pain: day 2 moves one step up (9 reps of the pelvic tilt instead of 8).
		await page.goto('/session?day=2');
		await expect(page.getByText('Posterior pelvic tilt: 1 set of 9 reps')).toBeVisible();
		expect(consoleErrors).toEqual([]);
	});

	test('pause stops the countdown and resume carries on', async ({ page }) => {
		await completeOnboarding(page);
		await startDay(page, 1);
		await page.clock.runFor(2_000);
		await page.getByRole('button', { name: 'Pause' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
		const frozen = await bigNumber(page).textContent();
		await page.clock.runFor(20_000);
		await expect(bigNumber(page)).toHaveText(frozen ?? '');
		await page.getByRole('button', { name: 'Resume' }).click();
		await page.clock.runFor(5_000);
		await expect(bigNumber(page)).not.toHaveText(frozen ?? '');
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	});

	test('skip jumps the demonstration, then the exercise', async ({ page }) => {
		await completeOnboarding(page);
		await startDay(page, 1);
		await page.getByRole('button', { name: 'Skip' }).click();
		await expect(bigNumber(page)).toContainText('Get ready');
		await page.getByRole('button', { name: 'Skip' }).click();
		await expect(page.getByRole('heading', { name: 'Posterior pelvic tilt' })).toBeVisible();
		await expect(page.getByTestId('captions')).toContainText('Next: Posterior pelvic tilt');
	});

	test('pain after the session changes the next day', async ({ page }) => {
		await completeOnboarding(page);
		await startDay(page, 1, '3, mild');
		await page.clock.fastForward('30:00');
		await page.getByRole('button', { name: '5, moderate' }).click();
		await expect(page.getByTestId('decision')).toHaveText(
			"We kept yesterday's level because your pain was 5 after the session."
		);
		// Pain 5: day 2 stays at day 1's level (8 reps, not the planned 9).
		await page.goto('/session?day=2');
		await expect(page.getByText('Posterior pelvic tilt: 1 set of 8 reps')).toBeVisible();
	});

	test('end early saves a partial session', async ({ page }) => {
		await completeOnboarding(page);
		await startDay(page, 1);
		await page.clock.runFor(5_000);
		await page.getByRole('button', { name: 'End' }).click();
		await page.getByRole('button', { name: '2, mild' }).click();
		await expect(page.getByRole('heading', { name: 'Session saved' })).toBeVisible();
		await expect(page.getByTestId('decision')).toContainText('ended early');
	});
});

test.describe('high pain during a session', () => {
	async function answerAll(page: Page, yesAt: number | null): Promise<void> {
		const groups = page.getByRole('group', { name: /\?$/ });
		const count = await groups.count();
		for (let i = 0; i < count; i++) {
			await groups
				.nth(i)
				.getByText(i === yesAt ? 'Yes' : 'No', { exact: true })
				.click();
		}
		await page.getByRole('button', { name: 'Continue' }).click();
	}

	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-26T08:00:00') });
		await completeOnboarding(page);
		await startDay(page, 1, '8, severe');
		await expect(page.getByRole('heading', { name: 'Safety check' })).toBeVisible();
	});

	test('pain 8 before: after clear questions, a lighter day instead of the full dose', async ({
		page
	}) => {
		await answerAll(page, null);
		await expect(page.getByRole('heading', { name: /Your pain is 8 out of 10/ })).toBeVisible();
		await expect(page.getByRole('button', { name: /Pause/ })).toHaveCount(0);
		await page.getByRole('button', { name: /A lighter day 1/ }).click();
		await expect(page.getByRole('heading', { name: 'Diaphragmatic breathing' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		// The choice is kept: the program says why the next day will not step up.
		await page.clock.fastForward('30:00');
		await page.getByRole('button', { name: '4, moderate' }).click();
		await expect(page.getByTestId('decision')).toHaveText(
			"We kept yesterday's level because your pain was 4 after the session."
		);
	});

	test('pain 8 before: the relief choice opens the relief flow at once', async ({ page }) => {
		await answerAll(page, null);
		await page.getByRole('button', { name: /Ease the pain now/ }).click();
		await expect(page).toHaveURL(/\/relief$/);
		await expect(page.getByTestId('relief-text')).toContainText('call for help now');
		await page.goto('/');
		await expect(page.getByText(/you chose the relief session instead/)).toBeVisible();
	});

	test('stops everything on a yes', async ({ page }) => {
		await answerAll(page, 2);
		await expect(page.getByRole('alert')).toContainText(/go to an emergency department now/i);
		await expect(page.getByRole('button', { name: /pause|skip|start/i })).toHaveCount(0);
		await page.goto('/session?day=1');
		await expect(page.getByRole('button', { name: 'Start session' })).toHaveCount(0);
	});
});

test.describe('demonstration with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('shows the key positions as still frames', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-26T08:00:00') });
		await completeOnboarding(page);
		await startDay(page, 1);
		const stills = page.getByRole('img', { name: /Diaphragmatic breathing: Breathe in/ });
		await expect(stills).toBeVisible();
		await expect(stills.getByText('1. Breathe in, belly rises')).toBeVisible();
		await expect(stills.getByText('2. Breathe out slowly')).toBeVisible();
	});
});
