import type { Locator, Page } from '@playwright/test';

/**
 * Moves the fake clock on `stepMs` at a time until `ready` holds: briefings are as long as
 * their words, so a step's start is found, not computed. A second a step is safe for every
 * state the tests wait for (the shortest, a relax, lasts several seconds).
 */
export async function advanceUntil(
	page: Page,
	ready: () => Promise<boolean>,
	{ maxMs = 900_000, stepMs = 1000 } = {}
): Promise<void> {
	for (let t = 0; t <= maxMs; t += stepMs) {
		if (await ready()) return;
		await page.clock.fastForward(stepMs);
	}
	throw new Error(`the player never got there in ${maxMs / 1000} s`);
}

/** A check for advanceUntil: the element's text is (or matches) `text`. */
export const textIs = (locator: Locator, text: string | RegExp) => async () => {
	const now = (await locator.textContent({ timeout: 50 }).catch(() => null))?.trim() ?? '';
	return typeof text === 'string' ? now === text : text.test(now);
};

/** A check for advanceUntil: the element's attribute is `value`. */
export const attributeIs = (locator: Locator, name: string, value: string) => async () =>
	(await locator.getAttribute(name, { timeout: 50 }).catch(() => null)) === value;
