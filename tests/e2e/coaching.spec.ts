/**
 * Live coaching in real Chromium: the fake camera plays rendered exercise clips (a figure doing
 * the exercise, from the labelled set), converted from the .mp4s in tests/fixtures/video/ to
 * .y4m at test time, through the real landmarker, the posture engine and the player.
 */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { makeTestVideos } from '../../scripts/make-test-videos.mjs';
import { completeOnboarding } from './onboard';
import { expect, test } from './fixtures';
import { untilFormState } from './coach';

const videos = makeTestVideos();
const fakeCamera = (file: string) => [
	'--use-fake-device-for-media-stream',
	`--use-file-for-fake-video-capture=${join(videos, file)}`
];

// Each test starts the landmarker cold on a busy 2-core machine, then watches several loops.
test.describe.configure({ timeout: 240_000 });

/** Starts practice of one exercise and skips its introduction: the camera panel in the set. */
async function practise(page: Page, exercise: string): Promise<Locator> {
	await page.goto(`/session?practice=${exercise}`);
	await page.getByRole('button', { name: 'Start practising' }).click();
	await expect(page.getByTestId('live-coach')).toBeVisible();
	await page.getByRole('button', { name: 'Skip' }).click();
	const panel = page.getByTestId('live-coach');
	await expect(panel).toHaveAttribute('data-tracking', 'true', { timeout: 90_000 });
	return panel;
}

/** Records every caption shown, in order, into window.__captions. */
async function recordCaptions(page: Page): Promise<() => Promise<string[]>> {
	await page.evaluate(() => {
		const w = window as unknown as { __captions: string[] };
		w.__captions = [];
		new MutationObserver(() => {
			const text = document.querySelector('[data-testid=captions]')?.textContent ?? '';
			if (text && w.__captions.at(-1) !== text) w.__captions.push(text);
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	return () => page.evaluate(() => (window as unknown as { __captions: string[] }).__captions);
}

/** The panel's readings every 250 ms for `ms`. */
async function watch(panel: Locator, ms: number) {
	const rows: { state: string; reps: number; good: number; faults: string }[] = [];
	const end = Date.now() + ms;
	while (Date.now() < end) {
		const [state, reps, good, faults] = await Promise.all([
			panel.getAttribute('data-form-state'),
			panel.getAttribute('data-rep-count'),
			panel.getAttribute('data-good-seconds'),
			panel.getAttribute('data-faults')
		]);
		rows.push({ state: state ?? '', reps: Number(reps), good: Number(good), faults: faults ?? '' });
		await panel.page().waitForTimeout(250);
	}
	return rows;
}

test.describe('practice: good bridges', () => {
	test.use({ launchArgs: fakeCamera('gb-good.y4m'), grant: ['camera'] });

	test('counts the reps and shows good form, then keeps the set', async ({
		page,
		consoleErrors
	}) => {
		const panel = await practise(page, 'glute-bridge');
		await expect(panel).toHaveAttribute('data-form-state', 'good', { timeout: 30_000 });
		// Three bridges every 4.5 s loop of the clip.
		await expect
			.poll(async () => Number(await panel.getAttribute('data-rep-count')), { timeout: 60_000 })
			.toBeGreaterThanOrEqual(3);
		const rows = await watch(panel, 4_000);
		expect(rows.every((r) => r.faults === '')).toBe(true);
		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('button', { name: 'End', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Practise: Glute bridge');

		// Stored with the session: the progress page shows it after a reload.
		await page.goto('/progress');
		await page.reload();
		const practice = page.getByTestId('practice-summary');
		await expect(practice).toContainText('Glute bridge');
		await expect(practice.getByTestId('practice-result')).toContainText(/\d+ of \d+ reps counted/);
		expect(consoleErrors).toEqual([]);
	});
});

test.describe('practice: bridges that stop short', () => {
	test.use({ launchArgs: fakeCamera('gb-hipslow.y4m'), grant: ['camera'] });

	test('shows the fault and does not count the short reps', async ({ page, consoleErrors }) => {
		const panel = await practise(page, 'glute-bridge');
		const captions = await recordCaptions(page);
		const rows = await watch(panel, 20_000);
		expect(rows.some((r) => r.state === 'fault' && r.faults.includes('hips-low'))).toBe(true);
		// One good bridge and two short ones every 4.5 s: at most one counted a loop.
		const counted = rows.at(-1)!.reps - rows[0]!.reps;
		expect(counted).toBeGreaterThanOrEqual(2);
		expect(counted).toBeLessThanOrEqual(Math.ceil(20 / 4.5) + 1);
		// A short bridge is said not to count, and why.
		expect((await captions()).some((c) => /did not count\. Lift your hips/i.test(c))).toBe(true);
		expect(consoleErrors).toEqual([]);
	});
});

test.describe('practice: the lying brace, flat then arched', () => {
	test.use({ launchArgs: fakeCamera('sup-arched.y4m'), grant: ['camera'] });

	test('the hold timer runs only while the back is flat', async ({ page, consoleErrors }) => {
		const panel = await practise(page, 'supine-brace');
		const rows = await watch(panel, 20_000);
		expect(rows.some((r) => r.state === 'fault' && r.faults.includes('back-arched'))).toBe(true);
		expect(rows.some((r) => r.state === 'good')).toBe(true);
		expect(rows.at(-1)!.good).toBeGreaterThan(rows[0]!.good);
		// Between two readings both at fault, good-form time stands still.
		for (let i = 1; i < rows.length; i++) {
			if (rows[i - 1]!.state === 'fault' && rows[i]!.state === 'fault') {
				expect(rows[i]!.good).toBe(rows[i - 1]!.good);
			}
		}
		expect(consoleErrors).toEqual([]);
	});
});

test.describe('a session with the camera, the person leaving the view', () => {
	test.use({ launchArgs: fakeCamera('sup-then-empty.y4m'), grant: ['camera'] });

	test('falls back to the clock and says so once', async ({ page, consoleErrors }) => {
		await completeOnboarding(page);
		await page.goto('/session?day=1');
		await page.getByTestId('use-camera').check();
		await page.getByRole('button', { name: /^2, / }).click();
		// Every caption shown, in order: the lost line must come once a set, not every time.
		const captionsSoFar = await recordCaptions(page);
		// Through breathing and the pelvic tilt to the lying brace's first set.
		for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Skip' }).click();
		await expect(page.getByRole('heading', { level: 2 })).toContainText('Flat-back brace');
		const panel = page.getByTestId('live-coach');
		// The clip shows the person for 3 s, then an empty room for 4 s, over and over.
		await untilFormState(page, 'good', 90_000);
		await expect(panel).toHaveAttribute('data-lost', 'true', { timeout: 30_000 });
		// Lost, the clock keeps time: the session moves on to relax and the next hold regardless.
		const word = page.getByTestId('stage-word');
		const seen = new Set<string>();
		for (let i = 0; i < 40 && seen.size < 2; i++) {
			seen.add((await word.textContent()) ?? '');
			await page.waitForTimeout(500);
		}
		expect(seen.size).toBeGreaterThan(1);
		const captions = await captionsSoFar();
		expect(
			captions.filter((c) => c.includes('I will keep time for you')),
			captions.join(' | ')
		).toHaveLength(1);
		expect(consoleErrors).toEqual([]);
	});
});
