import { test, expect } from './fixtures';
import { completeOnboarding } from './onboard';
import type { Page } from '@playwright/test';
import { advanceUntil, textIs } from './clock';
import { answerRedFlags, storedRedFlagAt } from './red-flags';

/**
 * Opens a day's session and answers the opening pain question, which starts it. From then on
 * the clock stands still between steps, so a loaded machine cannot push a state past its window.
 */
async function startDay(page: Page, day: number, painBefore = '2, mild'): Promise<void> {
	await page.goto(`/session?day=${day}`);
	await expect(page.getByText(/how much pain do you have right now/i)).toBeVisible();
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 500));
	await page.getByRole('button', { name: painBefore }).click();
}

const bigNumber = (page: Page) => page.getByTestId('big-number');

const stage = (page: Page) => page.getByTestId('stage');
const instruction = (page: Page) => page.getByTestId('instruction');

test.describe('session player', () => {
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-26T08:00:00') });
	});

	test('a red-flag yes blocks the session', async ({ page }) => {
		await page.goto('/welcome');
		await page.getByRole('button', { name: 'I understand' }).click();
		await answerRedFlags(page, 0);
		await expect(page.getByRole('alert')).toContainText(/go to an emergency department now/i);
		await page.goto('/session?day=1');
		await expect(page.getByRole('alert')).toContainText(/go to an emergency department now/i);
		await expect(page.getByRole('button', { name: '0, no pain' })).toHaveCount(0);
	});

	test('completes day 1 on a fast-forwarded clock, saying and showing the same line', async ({
		page,
		consoleErrors
	}) => {
		await completeOnboarding(page);
		await startDay(page, 1);
		await expect(page.getByRole('heading', { name: 'Diaphragmatic breathing' })).toBeVisible();
		await expect(page.getByTestId('stage-word')).toHaveText('Coming up');
		await page.clock.fastForward(6_000);
		await expect(page.getByTestId('stage-word')).toHaveText('Watch');
		// The full briefing comes first: every instruction, then safety and the most common mistake.
		await expect(instruction(page)).toContainText('Lie on your back');
		await expect(page.getByTestId('briefing')).toContainText('Watch for');
		await advanceUntil(page, textIs(instruction(page), /Lifting the chest and shoulders/));
		await advanceUntil(page, textIs(instruction(page), 'Breathe in, belly rises'));
		await page.clock.fastForward('30:00');
		await expect(page.getByText('How much pain do you have now, from 0 to 10?')).toBeVisible();
		await page.getByRole('button', { name: '1, mild' }).click();
		await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
		await expect(page.getByTestId('decision')).toContainText('Your pain was 1 after the session');
		await page.goto('/');
		await expect(page.getByRole('heading', { name: /Day 2 of 28/ })).toBeVisible();
		// Little pain: day 2 moves one step up (9 reps of the pelvic tilt instead of 8).
		await expect(page.getByText('Posterior pelvic tilt').first()).toBeVisible();
		await expect(page.getByText('1 set of 9 reps').first()).toBeVisible();
		expect(consoleErrors).toEqual([]);
	});

	test('two taps from Today to the first exercise', async ({ page }) => {
		await completeOnboarding(page);
		await page.goto('/');
		await page.getByRole('link', { name: "Start today's session" }).click();
		// The ready card does not list the exercises again: Today just did.
		await expect(page.getByTestId('ready-card').getByRole('listitem')).toHaveCount(0);
		const three = page.getByRole('button', { name: '3, mild' });
		const skipQuestion = page.getByRole('button', { name: 'Skip this question' });
		// Measured once the card has settled (it lays out again when the settings load).
		const area = async (l: typeof three) => {
			const box = await l.boundingBox();
			return (box?.width ?? 0) * (box?.height ?? 0);
		};
		await expect.poll(async () => (await area(three)) > (await area(skipQuestion))).toBe(true);
		await three.click();
		await expect(page.getByRole('heading', { name: 'Diaphragmatic breathing' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	});

	test('hold and rest look different, and the count says which hold and which side', async ({
		page
	}) => {
		await completeOnboarding(page);
		await startDay(page, 1);
		// Day 1's brace: its first hold, then the relax after it.
		await advanceUntil(page, textIs(page.getByTestId('stage-count'), 'Hold 1 of 6'));
		await expect(stage(page)).toHaveAttribute('data-tone', 'work');
		await expect(page.getByTestId('stage-word')).toHaveText('Hold');
		await expect(page.getByTestId('stage-count')).toHaveText('Hold 1 of 6');
		const holdColour = await stage(page).evaluate((el) => getComputedStyle(el).backgroundColor);
		await advanceUntil(page, textIs(page.getByTestId('stage-word'), 'Relax'));
		await expect(stage(page)).toHaveAttribute('data-tone', 'rest');
		await expect(page.getByTestId('stage-word')).toHaveText('Relax');
		await expect(page.getByTestId('stage-count')).toHaveText('1 of 6 done');
		await page.waitForFunction(
			(colour) =>
				getComputedStyle(document.querySelector('[data-testid="stage"]') as Element)
					.backgroundColor !== colour,
			holdColour
		);
		// Knee rolls alternate sides, 4 each: the count names the rep and the side.
		await advanceUntil(page, textIs(page.getByTestId('stage-count'), /^Rep \d of 8/));
		await expect(page.getByRole('heading', { name: 'Knee rolls' })).toBeVisible();
		await expect(page.getByTestId('stage-count')).toHaveText(/^Rep \d of 8 · (left|right) side$/);
	});

	test('the breathing guide breathes in and out with the voice', async ({ page }) => {
		await completeOnboarding(page);
		await startDay(page, 1);
		const guide = page.getByTestId('breath-guide');
		await advanceUntil(page, async () => (await guide.count()) > 0);
		// Breathe in for 4 s, out for 6 s: check both phases twice over.
		for (const [wait, phase, said] of [
			[0, 'in', 'Breathe in, belly rises'],
			[4_000, 'out', 'Long slow breath out'],
			[6_000, 'in', 'In through the nose'],
			[4_000, 'out', 'Out, shoulders and jaw soft']
		] as const) {
			await page.clock.fastForward(wait);
			await expect(guide).toHaveAttribute('data-breath', phase);
			await expect(instruction(page)).toHaveText(said);
			await expect(page.getByTestId('stage-word')).toHaveText(
				phase === 'in' ? 'Breathe in' : 'Breathe out'
			);
		}
	});

	test('pause dims the number, covers the stage, and a tap goes on', async ({ page }) => {
		await completeOnboarding(page);
		await startDay(page, 1);
		await page.clock.fastForward(2_000);
		await page.getByRole('button', { name: 'Pause' }).click();
		const cover = page.getByTestId('paused-cover');
		await expect(cover).toContainText('Paused');
		await expect(cover).toContainText('tap to go on');
		await expect(stage(page)).toHaveAttribute('data-tone', 'paused');
		const frozen = await bigNumber(page).textContent();
		await page.clock.fastForward(20_000);
		await expect(bigNumber(page)).toHaveText(frozen ?? '');
		await cover.click();
		await expect(cover).toHaveCount(0);
		await page.clock.fastForward(5_000);
		await expect(bigNumber(page)).not.toHaveText(frozen ?? '');
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	});

	test('skip jumps the demonstration, then the exercise', async ({ page }) => {
		await completeOnboarding(page);
		await startDay(page, 1);
		await page.getByRole('button', { name: 'Skip' }).click();
		await expect(page.getByTestId('stage-word')).toHaveText('Get ready');
		await page.getByRole('button', { name: 'Skip' }).click();
		await expect(page.getByRole('heading', { name: 'Posterior pelvic tilt' })).toBeVisible();
		await expect(page.getByTestId('stage-word')).toHaveText('Coming up');
	});

	test('pain after the session changes the next day', async ({ page }) => {
		await completeOnboarding(page);
		await startDay(page, 1, '3, mild');
		await page.clock.fastForward('30:00');
		await page.getByRole('button', { name: '5, moderate' }).click();
		await expect(page.getByTestId('decision')).toHaveText(
			"We kept yesterday's level because your pain was 5 after the session."
		);
		// Pain 5: day 2 stays at day 1's level (8 reps, not the planned 9).
		await page.goto('/');
		await expect(page.getByText('1 set of 8 reps').first()).toBeVisible();
	});

	test('End asks first; ending with nothing done leaves Today on the same day', async ({
		page
	}) => {
		await completeOnboarding(page);
		await startDay(page, 1);
		await page.clock.fastForward(3_000);
		await page.getByRole('button', { name: 'End session' }).click();
		const ask = page.getByRole('dialog', { name: 'End the session?' });
		await expect(ask).toBeVisible();
		// The session waits while the question is up, and "Keep going" carries on.
		await expect(stage(page)).toHaveAttribute('data-status', 'paused');
		await ask.getByRole('button', { name: 'Keep going' }).click();
		await expect(ask).toBeHidden();
		await expect(stage(page)).toHaveAttribute('data-status', 'running');
		await page.getByRole('button', { name: 'End session' }).click();
		await ask.getByRole('button', { name: 'End', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
		await expect(page.getByTestId('summary-lead')).toContainText(
			'day 1 is still your next session'
		);
		await page.goto('/');
		await expect(page.getByRole('heading', { name: /Day 1 of 28/ })).toBeVisible();
	});

	test('a partial session shows what was done', async ({ page }) => {
		await completeOnboarding(page);
		await startDay(page, 1);
		await advanceUntil(page, async () =>
			page.getByRole('heading', { name: 'Posterior pelvic tilt' }).isVisible()
		);
		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'End', exact: true }).click();
		await page.getByRole('button', { name: '2, mild' }).click();
		await expect(page.getByRole('heading', { name: 'Session saved' })).toBeVisible();
		await expect(page.getByTestId('done-list')).toContainText('Diaphragmatic breathing');
		await expect(page.getByTestId('not-done-list')).toContainText('Posterior pelvic tilt');
		await expect(page.getByTestId('not-done-list')).toContainText('not reached');
		await expect(page.getByTestId('decision')).toContainText('ended early');
	});

	test('Back to a finished exercise, then Skip, keeps it done', async ({ page }) => {
		await completeOnboarding(page);
		await startDay(page, 1);
		// Once the breathing's set ends, the pelvic tilt's intro follows.
		await advanceUntil(page, async () =>
			page.getByRole('heading', { name: 'Posterior pelvic tilt' }).isVisible()
		);
		await page.getByRole('button', { name: 'Back' }).click();
		await expect(page.getByRole('heading', { name: 'Diaphragmatic breathing' })).toBeVisible();
		await page.getByRole('button', { name: 'Skip' }).click();
		await expect(page.getByRole('heading', { name: 'Posterior pelvic tilt' })).toBeVisible();
		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'End', exact: true }).click();
		await page.getByRole('button', { name: '2, mild' }).click();
		await expect(page.getByTestId('done-list')).toContainText('Diaphragmatic breathing');
		await expect(page.getByTestId('done-list')).toContainText('1 of 1 set');
	});
});

test.describe('high pain during a session', () => {
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-26T08:00:00') });
		await completeOnboarding(page);
		await startDay(page, 1, '8, severe');
		await expect(page.getByRole('heading', { name: 'Safety check' })).toBeVisible();
	});

	test('pain 8 before: after clear questions, a lighter day instead of the full dose', async ({
		page
	}) => {
		await answerRedFlags(page, null);
		await expect(page.getByRole('heading', { name: /Your pain is 8 out of 10/ })).toBeVisible();
		await expect(page.getByRole('button', { name: /Pause/ })).toHaveCount(0);
		await page.getByRole('button', { name: /A lighter day 1/ }).click();
		await expect(page.getByRole('heading', { name: 'Diaphragmatic breathing' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		// The choice is kept: the program says why the next day will not step up.
		await page.clock.fastForward('30:00');
		await page.getByRole('button', { name: '4, moderate' }).click();
		await expect(page.getByTestId('decision')).toHaveText(
			"We kept yesterday's level because your pain was 4 after the session."
		);
	});

	test('pain 8 before: the relief choice opens the relief flow at once', async ({ page }) => {
		await answerRedFlags(page, null);
		await page.getByRole('button', { name: /Ease the pain now/ }).click();
		await expect(page).toHaveURL(/\/relief$/);
		await expect(page.getByTestId('relief-text')).toContainText('call for help now');
		await page.goto('/');
		await expect(page.getByText(/you chose the relief session instead/)).toBeVisible();
	});

	test('stops everything on a yes', async ({ page }) => {
		await answerRedFlags(page, 2);
		await expect(page.getByRole('alert')).toContainText(/go to an emergency department now/i);
		await expect(page.getByRole('button', { name: /pause|skip|start/i })).toHaveCount(0);
		// The advice shows before the stop is stored; the page load below needs it stored.
		await expect.poll(() => storedRedFlagAt(page)).not.toBeNull();
		await page.goto('/session?day=1');
		await expect(page.getByRole('button', { name: '0, no pain' })).toHaveCount(0);
	});
});

test.describe('demonstration with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('shows the key positions as labelled stills side by side', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-26T08:00:00') });
		await completeOnboarding(page);
		await startDay(page, 1);
		await page.getByRole('button', { name: 'Skip' }).click();
		await page.getByRole('button', { name: 'Skip' }).click();
		await expect(page.getByRole('heading', { name: 'Posterior pelvic tilt' })).toBeVisible();
		const stills = page.getByRole('list', { name: 'Posterior pelvic tilt: key positions' });
		await expect(
			stills.getByRole('img', { name: 'Start: A small gap under the back' })
		).toBeVisible();
		await expect(
			stills.getByRole('img', { name: 'Then: Tilt: back flat to the floor' })
		).toBeVisible();
		const [a, b] = await stills
			.getByRole('listitem')
			.evaluateAll((items) => items.map((li) => li.getBoundingClientRect().top));
		expect(a).toBe(b);
	});
});

test.describe('a slow save', () => {
	test('keeps the step on screen, says it is saving, and goes on once stored', async ({ page }) => {
		// Once the flag is set (it survives navigation), session saves stay open, busy with reads,
		// until the test lets them land: storage slow under load.
		await page.addInitScript(() => {
			const w = window as unknown as { holdSaves: boolean };
			w.holdSaves = sessionStorage.getItem('holdSaves') === 'yes';
			const transaction = IDBDatabase.prototype.transaction;
			IDBDatabase.prototype.transaction = function (
				this: IDBDatabase,
				...args: Parameters<IDBDatabase['transaction']>
			) {
				const tx = transaction.apply(this, args);
				const names = [args[0]].flat();
				if (w.holdSaves && args[1] === 'readwrite' && names.includes('sessions')) {
					const store = tx.objectStore('sessions');
					const spin = () => {
						if (w.holdSaves) store.count().onsuccess = spin;
					};
					spin();
				}
				return tx;
			};
		});
		await page.clock.install({ time: new Date('2026-11-26T08:00:00') });
		await completeOnboarding(page);
		await page.evaluate(() => sessionStorage.setItem('holdSaves', 'yes'));
		await startDay(page, 1);
		const player = page.locator('.player');
		await page.clock.runFor(1_500);
		await expect(
			page.getByRole('status').filter({ hasText: 'Saving your progress' })
		).toBeVisible();
		await expect(player).toHaveAttribute('data-step', 'pain-check');
		for (const [width, height] of [
			[1280, 800],
			[800, 1280]
		] as const) {
			await page.setViewportSize({ width, height });
			await page.screenshot({ path: `test-results/screenshots/saving-${width}x${height}.png` });
		}
		await page.clock.runFor(5_000);
		await expect(player).toHaveAttribute('data-step', 'pain-check');
		await page.evaluate(() => ((window as unknown as { holdSaves: boolean }).holdSaves = false));
		await expect(player).not.toHaveAttribute('data-step', 'pain-check');
		await expect(page.getByText('Saving your progress')).toHaveCount(0);
	});
});
