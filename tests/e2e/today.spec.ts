import { test, expect } from './fixtures';
import { completeOnboarding } from './onboard';
import { answerRedFlags } from './red-flags';
import { RED_FLAG_QUESTIONS } from '../../src/lib/core/safety/red-flags';

test.describe('first run', () => {
	test('disclaimer and safety questions lead to day 1', async ({ page, consoleErrors }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Get started' }).click();
		await expect(page.getByText(/not a medical device/i).first()).toBeVisible();
		await page.getByRole('button', { name: 'I understand' }).click();

		const continueButton = page.getByRole('button', { name: 'Continue' });
		await expect(continueButton).toBeDisabled();
		const groups = page.getByRole('group');
		const count = await groups.count();
		expect(count).toBe(RED_FLAG_QUESTIONS.length);
		for (let i = 0; i < count; i++) await groups.nth(i).getByText('No', { exact: true }).click();
		await continueButton.click();

		await expect(page.locator('h1')).toHaveText('Today');
		await expect(page.getByRole('heading', { name: /Day 1 of 28/ })).toBeVisible();
		await expect(page.getByRole('link', { name: "Start today's session" })).toHaveAttribute(
			'href',
			'/session?day=1'
		);
		// The answers are kept: a reload goes straight to today's session.
		await page.reload();
		await expect(page.getByRole('heading', { name: /Day 1 of 28/ })).toBeVisible();
		expect(consoleErrors).toEqual([]);
	});

	test('a yes to a red-flag question stops everything and says to see a doctor', async ({
		page
	}) => {
		await page.goto('/welcome');
		await page.getByRole('button', { name: 'I understand' }).click();
		await answerRedFlags(page, 1);
		await expect(page.getByRole('alert')).toContainText(/emergency/i);
		await expect(page.getByRole('link', { name: /start/i })).toHaveCount(0);

		await page.goto('/');
		await expect(page.getByRole('alert')).toContainText('Go to an emergency department now');
		await expect(page.getByRole('link', { name: "Start today's session" })).toHaveCount(0);
		await page.getByRole('button', { name: 'A doctor has seen me' }).click();
		await page.getByRole('button', { name: 'Yes, a doctor has seen me' }).click();
		await expect(page.getByRole('link', { name: "Start today's session" })).toBeVisible();
	});
});

test.describe('the next morning', () => {
	test('severe pain asks the red-flag questions again before anything else', async ({
		page,
		consoleErrors
	}) => {
		await page.clock.install({ time: new Date('2026-11-26T08:00:00') });
		await completeOnboarding(page);
		await page.goto('/session?day=1');
		await page.getByRole('button', { name: '2, mild' }).click();
		await page.clock.fastForward('30:00');
		await page.getByRole('button', { name: '2, mild' }).click();
		await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();

		await page.clock.setSystemTime(new Date('2026-11-27T08:00:00'));
		await page.goto('/');
		const morning = page.getByRole('group', { name: 'How is your back this morning?' });
		await morning.getByRole('button', { name: '8, severe' }).click();
		await expect(
			page.getByRole('heading', { name: 'That is a lot of pain. A few safety questions first' })
		).toBeVisible();
		const questions = page.getByRole('group', { name: /\?$/ });
		await expect(questions).toHaveCount(RED_FLAG_QUESTIONS.length);
		for (let i = 0; i < RED_FLAG_QUESTIONS.length; i++)
			await questions.nth(i).getByText('No', { exact: true }).click();
		await page.getByRole('button', { name: 'Continue' }).click();
		// All no: a flare-up, not an emergency. The plan pauses and points to relief.
		const paused = page.getByRole('region', { name: 'Your program is paused' });
		await expect(paused).toContainText('We paused the plan because your pain was 8 this morning');
		await expect(paused.getByRole('link', { name: 'Ease a spasm now' })).toBeVisible();
		await expect(page.getByRole('heading', { name: /a lot of pain/ })).toHaveCount(0);
		expect(consoleErrors).toEqual([]);
	});
});
