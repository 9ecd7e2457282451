// What the soak does in the app, as a person would (taps, a fast clock), and how it reads back
// what IndexedDB kept: straight from the database, not through the app's own code.

/** @typedef {import('playwright-core').Page} Page */

/**
 * The first-run disclaimer and safety questions, answered no.
 * @param {Page} page @param {string} origin
 */
export async function onboard(page, origin) {
	await page.goto(`${origin}/welcome`);
	await page.getByRole('button', { name: 'I understand' }).click();
	const groups = page.getByRole('group');
	await groups.first().waitFor();
	const count = await groups.count();
	for (let i = 0; i < count; i++) await groups.nth(i).getByText('No', { exact: true }).click();
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByRole('heading', { name: /Day \d+ of 28/ }).waitFor();
}

/**
 * Opens a day's session and answers the ready card's pain question, which starts it.
 * @param {Page} page @param {string} origin @param {number} day
 * @param {number} pain 0-4 (no safety screen)
 */
export async function startSession(page, origin, day, pain) {
	await page.goto(`${origin}/session?day=${day}`);
	await page.getByRole('button', { name: new RegExp(`^${pain},`) }).click();
	await page.locator('[data-sets-done]').waitFor();
}

/**
 * Where the player is: sets finished, and whether it waits for the closing pain answer or is done.
 * @param {Page} page
 * @returns {Promise<{ setsDone: number, stage: 'playing' | 'pain-after' | 'finished' }>}
 */
export async function playerState(page) {
	return page.evaluate(() => {
		const player = /** @type {HTMLElement | null} */ (document.querySelector('[data-sets-done]'));
		const finished = [...document.querySelectorAll('h2')].some((h) =>
			/^Session (complete|saved)$/.test(h.textContent?.trim() ?? '')
		);
		const painAfter = [...document.querySelectorAll('h2')].some(
			(h) => h.textContent?.trim() === 'How do you feel?'
		);
		return {
			setsDone: Number(player?.dataset.setsDone ?? -1),
			stage: finished ? 'finished' : painAfter ? 'pain-after' : 'playing'
		};
	});
}

/**
 * Every stored session record, read with the raw IndexedDB API.
 * @param {Page} page
 * @returns {Promise<import('../../src/lib/core/records').SessionRecord[]>}
 */
export async function storedSessions(page) {
	return page.evaluate(async () => {
		const names = (await indexedDB.databases()).map((d) => d.name);
		if (!names.includes('brace')) return [];
		return new Promise((resolve, reject) => {
			const open = indexedDB.open('brace');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const db = open.result;
				const read = db.transaction('sessions').objectStore('sessions').getAll();
				read.onsuccess = () => {
					db.close();
					resolve(read.result);
				};
				read.onerror = () => reject(read.error);
			};
		});
	});
}

/**
 * Sets done in a stored record, as the player counts them.
 * @param {import('../../src/lib/core/records').SessionRecord} record
 */
export const setsIn = (record) => record.exercises.reduce((n, e) => n + e.setsDone, 0);

/**
 * Leaves the origin `margin` bytes short of its quota (for this browser run).
 * @param {import('playwright-core').BrowserContext} context @param {Page} page @param {number} margin
 */
export async function nearlyFull(context, page, margin) {
	const cdp = await context.newCDPSession(page);
	const origin = new URL(page.url()).origin;
	const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + margin });
	await cdp.detach();
	return usage;
}
