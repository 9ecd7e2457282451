import { expect, type Page } from '@playwright/test';
import { RED_FLAG_QUESTIONS } from '../../src/lib/core/safety/red-flags';
import { storedSetting } from './stored';

/**
 * Answers the red-flag questions (yes to the one at `yesAt`, no to the rest) and continues.
 * The screen loads on demand, so this waits for every question before it answers.
 */
export async function answerRedFlags(page: Page, yesAt: number | null = null): Promise<void> {
	const groups = page.getByRole('group', { name: /\?$/ });
	await expect(groups).toHaveCount(RED_FLAG_QUESTIONS.length);
	for (let i = 0; i < RED_FLAG_QUESTIONS.length; i++) {
		await groups
			.nth(i)
			.getByText(i === yesAt ? 'Yes' : 'No', { exact: true })
			.click();
	}
	await page.getByRole('button', { name: 'Continue' }).click();
}

/** When the stored red-flag stop began, read from the page's own database (null: no stop). */
export async function storedRedFlagAt(page: Page): Promise<string | null> {
	const onboarding = (await storedSetting(page, 'onboarding')) as
		{ redFlagAt?: string | null } | undefined;
	return onboarding?.redFlagAt ?? null;
}
