import { test, expect, waitForServiceWorker } from './fixtures';

/** Each new article and a word people would search it by. */
const ARTICLES: [string, string][] = [
	['Sleeping with a sore back', 'pillow'],
	['Change position every minute or two', 'recliner'],
	['Massage, and who to see', 'chiropractor'],
	['Walking braced', 'distance'],
	['Hurt is not harm', 'harm'],
	['Pacing and graded activity', 'pacing'],
	['Desk, sitting and driving', 'driving'],
	['Lifting real loads slowly', 'lifting'],
	['Sport and physically demanding jobs', 'golf'],
	['Water and electrolytes', 'dehydration'],
	['Caffeine, stress, smoking and fitness', 'smoking'],
	['Tired muscles, quick movements and the protective reflex', 'sneeze'],
	['Medicines', 'ibuprofen']
];

test('Learn search finds each article offline, and articles open offline', async ({
	page,
	context
}) => {
	await page.goto('/learn');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	const search = page.getByRole('searchbox', { name: 'Search the articles' });
	for (const [title, word] of ARTICLES) {
		await search.fill(word);
		await expect(page.getByRole('link', { name: new RegExp(title) }), word).toBeVisible();
	}
	await search.fill('qwertyuiop');
	await expect(page.getByText('No article matches')).toBeVisible();
	await search.fill('sleep');
	await page.getByRole('link', { name: /Sleeping with a sore back/ }).click();
	await expect(page.locator('h1')).toHaveText('Sleeping with a sore back');
	await expect(page.getByRole('img', { name: /pillow between the knees/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Read aloud' })).toBeVisible();
	await page.goto('/learn/medicines');
	await expect(page.getByText('Ask your pharmacist or doctor').first()).toBeVisible();
	await page.goto('/relief/plan');
	await expect(page.locator('h1')).toHaveText('Your flare-up plan');
});
