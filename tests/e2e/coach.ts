import type { Page } from '@playwright/test';

/**
 * Waits for the live panel to show `state`, checking every 100 ms: a form state lasts as long
 * as the clip's movement holds it (a second or two), shorter than expect's widening poll
 * (up to a second between looks) can promise to see.
 */
export async function untilFormState(page: Page, state: string, timeout = 60_000): Promise<void> {
	await page.waitForFunction(
		(want) =>
			document.querySelector('[data-testid=live-coach]')?.getAttribute('data-form-state') === want,
		state,
		{ polling: 100, timeout }
	);
}
