import { expect, type Page } from '@playwright/test';

/** Goes through the first-run disclaimer and safety questions answering "No" to every one. */
export async function completeOnboarding(page: Page): Promise<void> {
	await page.goto('/welcome');
	await page.getByRole('button', { name: 'I understand' }).click();
	const groups = page.getByRole('group');
	await expect(groups.first()).toBeVisible();
	const count = await groups.count();
	for (let i = 0; i < count; i++) await groups.nth(i).getByText('No', { exact: true }).click();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('heading', { name: /Day \d+ of 28/ })).toBeVisible();
}
