import { test, expect } from './fixtures';

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
		expect(count).toBeGreaterThanOrEqual(6);
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
		const groups = page.getByRole('group');
		const count = await groups.count();
		for (let i = 0; i < count; i++) {
			await groups
				.nth(i)
				.getByText(i === 1 ? 'Yes' : 'No', { exact: true })
				.click();
		}
		await page.getByRole('button', { name: 'Continue' }).click();
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
