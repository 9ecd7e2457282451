import { expect, type Page } from '@playwright/test';
import { answerRedFlags } from './red-flags';

/** Goes through the first-run disclaimer and safety questions answering "No" to every one. */
export async function completeOnboarding(page: Page): Promise<void> {
	await page.goto('/welcome');
	await page.getByRole('button', { name: 'I understand' }).click();
	await answerRedFlags(page);
	await expect(page.getByRole('heading', { name: /Day \d+ of 28/ })).toBeVisible();
}
