import { test, expect } from './fixtures';
import { completeOnboarding } from './onboard';
import { answerRedFlags } from './red-flags';

test('a severe spasm pauses the plan; it restarts after two settled days', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-11-26T20:00:00') });
	await completeOnboarding(page);
	await page.goto('/relief');
	await page.getByRole('button', { name: 'Stop' }).click();
	const log = page.getByTestId('episode-log');
	await log.getByRole('button', { name: '8, severe' }).click();
	await log.getByRole('button', { name: 'Save to my spasm log' }).click();
	await answerRedFlags(page);
	await expect(page.getByText(/We paused the plan because your pain was 8/)).toBeVisible();

	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Your program is paused' })).toBeVisible();
	await expect(page.getByText('0 of 2 so far')).toBeVisible();
	await page.getByRole('button', { name: '2, mild' }).click();
	await expect(page.getByText('1 of 2 so far')).toBeVisible();
	// Restarting sooner is the person's choice, after reading why the plan waits.
	await page.getByRole('button', { name: 'I feel ready: restart now' }).click();
	await expect(page.getByText(/exercising on a back that has not settled/)).toBeVisible();
	await page.getByRole('button', { name: 'Wait' }).click();

	await page.clock.setSystemTime(new Date('2026-11-27T19:00:00'));
	await page.reload();
	await page.getByRole('button', { name: '3, mild' }).click();
	await page.getByRole('button', { name: 'Restart the program' }).click();
	await expect(page.getByText(/Your pain has been 3 or less on 2 days/)).toBeVisible();
	await expect(page.getByRole('link', { name: "Start today's session" })).toBeVisible();
});

test('three flare-ups in four weeks suggest seeing a physiotherapist or doctor', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-11-26T20:00:00') });
	await completeOnboarding(page);
	await page.goto('/progress/log');
	const form = page.getByTestId('spasm-form');
	for (const when of ['2026-11-05T10:00', '2026-11-15T10:00', '2026-11-25T10:00']) {
		await form.getByLabel('When did it start?').fill(when);
		await form.getByRole('button', { name: '5, moderate' }).click();
		await form.getByRole('button', { name: 'Save episode' }).click();
		await expect(page.getByText('Episode saved.')).toBeVisible();
	}
	await page.goto('/');
	await expect(page.getByTestId('physio-prompt')).toContainText(
		'You have had 3 flare-ups in the last four weeks'
	);
});
