/**
 * The camera page in real Chromium with a fake camera playing still photos of real people
 * (Debian's opencv-doc), made into .y4m videos by scripts/make-test-videos.mjs at test time.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeTestVideos } from '../../scripts/make-test-videos.mjs';
import { expect, test, waitForServiceWorker } from './fixtures';
import { storedSetting } from './stored';

const videos = makeTestVideos();
const fakeCamera = (file: string) => [
	'--use-fake-device-for-media-stream',
	`--use-file-for-fake-video-capture=${join(videos, file)}`
];
const TRACKING_MS = 45_000;

// Every test starts the landmarker cold (fresh profile: wasm compile + graph start), which on a
// busy 2-core machine takes most of the default minute.
test.describe.configure({ timeout: 150_000 });

async function startCamera(page: Page, query = ''): Promise<void> {
	await page.goto(`/camera${query}`);
	await expect(page.getByTestId('placement')).toContainText('2 to 3 metres');
	await expect(page.getByText('The picture never leaves this device.')).toBeVisible();
	await page.getByRole('button', { name: 'Turn on the camera' }).click();
}

/** Bounding box of the drawn skeleton, as fractions of the video's content box. */
async function skeletonBox(page: Page) {
	return page.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
		const video = document.querySelector('video')!;
		const ctx = canvas.getContext('2d')!;
		const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
		let [x0, y0, x1, y1, n] = [width, height, 0, 0, 0];
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				const i = 4 * (y * width + x);
				// The bone colour (#7cf2d8), opaque.
				if (data[i + 3]! > 200 && data[i + 1]! > 200 && data[i]! < 160) {
					[x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
					n++;
				}
			}
		}
		// object-fit: contain: where the frame's content sits in the canvas.
		const scale = Math.min(width / video.videoWidth, height / video.videoHeight);
		const [cw, ch] = [video.videoWidth * scale, video.videoHeight * scale];
		const [left, top] = [(width - cw) / 2, (height - ch) / 2];
		return {
			pixels: n,
			x0: (x0 - left) / cw,
			x1: (x1 - left) / cw,
			y0: (y0 - top) / ch,
			y1: (y1 - top) / ch
		};
	});
}

test.describe('a whole person in view', () => {
	test.use({ launchArgs: fakeCamera('messi.y4m'), grant: ['camera'] });

	test('finds and draws the pose, shows the frame rate and passes the setup', async ({
		page,
		context,
		consoleErrors
	}) => {
		const assets: string[] = [];
		context.on('request', (r) => assets.push(new URL(r.url()).pathname));
		await startCamera(page);
		await expect(page.getByTestId('tracking')).toHaveAttribute('data-tracking', 'true', {
			timeout: TRACKING_MS
		});
		await expect(page.getByTestId('tracking')).toHaveText('Tracking');
		await expect
			.poll(async () => Number(await page.getByTestId('fps').getAttribute('data-fps')))
			.toBeGreaterThan(0); // on a busy test machine a few fps at best
		await expect(page.getByTestId('fps')).toHaveText(/\d+ fps/);

		// The skeleton lies on the player (mirrored photo: he spans about x 0.17-0.87, y 0.23-0.9).
		const box = await skeletonBox(page);
		expect(box.pixels).toBeGreaterThan(300);
		expect(box.x0).toBeGreaterThan(0.1);
		expect(box.x1).toBeLessThan(0.95);
		expect(box.x1 - box.x0).toBeGreaterThan(0.45);
		expect(box.y0).toBeGreaterThan(0.15);
		expect(box.y1).toBeLessThan(0.97);
		expect(box.y1 - box.y0).toBeGreaterThan(0.5);

		for (const id of ['whole-body', 'view', 'distance', 'light', 'steady']) {
			await expect(page.getByTestId(`check-${id}`)).toHaveAttribute('data-pass', 'true', {
				timeout: 20_000
			});
		}
		await expect(page.getByTestId('setup-prompt')).toHaveText('All set. You can start.');

		// Landscape and portrait: the overlay must stay on the person (screenshots for review).
		for (const viewport of [
			{ width: 1280, height: 800 },
			{ width: 800, height: 1280 }
		]) {
			await page.setViewportSize(viewport);
			await page.waitForTimeout(1500); // a few results drawn at the new size
			const fitted = await skeletonBox(page);
			expect(fitted.x1 - fitted.x0).toBeGreaterThan(0.45);
			expect(fitted.y1 - fitted.y0).toBeGreaterThan(0.5);
			const name = `camera-${viewport.width}x${viewport.height}.png`;
			await page.screenshot({ path: `test-results/screenshots/${name}` });
		}

		expect(assets).toContain('/models/pose_landmarker_lite.task');
		expect(assets).toContain('/mediapipe/wasm/vision_wasm_module_internal.wasm');
		expect(consoleErrors.filter((e) => /worker|wasm|mediapipe|landmark/i.test(e))).toEqual([]);

		await page.getByRole('button', { name: 'Turn off the camera' }).click();
		await expect(page.getByRole('button', { name: 'Turn on the camera' })).toBeVisible();
		expect(await page.evaluate(() => document.querySelector('video')!.srcObject)).toBeNull();
	});

	test('works offline once installed: wasm and the lite model come from the precache', async ({
		page,
		context
	}) => {
		await page.goto('/camera');
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await startCamera(page);
		await expect(page.getByTestId('tracking')).toHaveAttribute('data-tracking', 'true', {
			timeout: TRACKING_MS
		});
	});

	test('floor work asks for the face first, then checks the side view', async ({ page }) => {
		await startCamera(page, '?exercise=glute-bridge');
		await expect(page.getByTestId('placement')).toContainText('on the floor');
		// The photo shows a face: the guide moves on to positioning and judges the view.
		await expect(page.getByTestId('check-view')).toHaveAttribute('data-pass', 'false', {
			timeout: TRACKING_MS
		});
		await expect(page.getByTestId('check-view')).toContainText(
			'Turn so your side faces the tablet.'
		);
	});

	test('pauses while hidden, resumes when shown, and reports an unplugged camera', async ({
		page
	}) => {
		await startCamera(page);
		const badge = page.getByTestId('tracking');
		await expect(badge).toHaveAttribute('data-tracking', 'true', { timeout: TRACKING_MS });
		const setHidden = (hidden: boolean) =>
			page.evaluate((h) => {
				Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
				document.dispatchEvent(new Event('visibilitychange'));
			}, hidden);
		await setHidden(true);
		await expect(badge).toHaveText('Paused');
		const fps = page.getByTestId('fps');
		const frozen = await fps.getAttribute('data-pipeline-ms');
		await page.waitForTimeout(1500);
		expect(await fps.getAttribute('data-pipeline-ms')).toBe(frozen);
		await setHidden(false);
		await expect(badge).toHaveAttribute('data-tracking', 'true', { timeout: TRACKING_MS });

		// Then the camera is unplugged: tracking ends with a message, the page carries on.
		await page.evaluate(() => {
			const stream = document.querySelector('video')!.srcObject as MediaStream;
			stream.getVideoTracks()[0]!.dispatchEvent(new Event('ended'));
		});
		await expect(page.getByTestId('camera-error')).toHaveAttribute('data-kind', 'camera-ended');
		await expect(page.getByTestId('camera-error')).toContainText(
			'goes on without posture feedback'
		);
	});

	test('a crashing worker ends tracking with a message', async ({ page, context }) => {
		await context.route('**/workers/pose.worker-*.js', (route) =>
			route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("worker boom");' })
		);
		await startCamera(page);
		await expect(page.getByTestId('camera-error')).toHaveAttribute('data-kind', 'worker-crashed', {
			timeout: TRACKING_MS
		});
	});

	test('the higher-accuracy model comes from our origin, or falls back to the standard one', async ({
		page,
		context
	}) => {
		const asked: string[] = [];
		await context.route('**/models/pose_landmarker_full.task', (route) => {
			asked.push(new URL(route.request().url()).pathname);
			return route.fulfill({ status: 503, body: '' }); // as if offline before its first use
		});
		await page.goto('/settings');
		await page.getByRole('radio', { name: /Higher accuracy/ }).check();
		// The camera page is a fresh load: it reads the choice from storage.
		await expect.poll(() => storedSetting(page, 'poseModel')).toBe('full');
		await startCamera(page);
		await expect(page.getByTestId('tracking')).toHaveAttribute('data-tracking', 'true', {
			timeout: TRACKING_MS
		});
		expect(asked).toEqual(['/models/pose_landmarker_full.task']);
		await expect(page.getByTestId('model-fallback')).toContainText('standard model');
	});

	test('a model that cannot load says so', async ({ page, context }) => {
		await context.route('**/models/*.task', (route) => route.fulfill({ status: 404, body: '' }));
		await startCamera(page);
		await expect(page.getByTestId('camera-error')).toHaveAttribute('data-kind', 'model-failed', {
			timeout: TRACKING_MS
		});
	});
});

test.describe('only the upper body in view', () => {
	test.use({ launchArgs: fakeCamera('messi-cropped.y4m'), grant: ['camera'] });

	test('fails "whole body" and says what is missing', async ({ page }) => {
		await startCamera(page);
		const check = page.getByTestId('check-whole-body');
		await expect(check).toHaveAttribute('data-pass', 'false', { timeout: TRACKING_MS });
		await expect(check).toContainText(/feet/);
		await expect(page.getByTestId('setup-prompt')).not.toHaveText('All set. You can start.');
	});
});

test.describe('a dark room', () => {
	test.use({ launchArgs: fakeCamera('messi-dark.y4m'), grant: ['camera'] });

	test('fails the light check', async ({ page }) => {
		await startCamera(page);
		await expect(page.getByTestId('check-light')).toHaveAttribute('data-pass', 'false', {
			timeout: TRACKING_MS
		});
		await expect(page.getByTestId('check-light')).toContainText('too dark');
	});
});

test.describe('permission denied', () => {
	test.use({ launchArgs: [...fakeCamera('messi.y4m'), '--deny-permission-prompts'] });

	test('explains and carries on without the camera', async ({ page }) => {
		await startCamera(page);
		await expect(page.getByTestId('camera-error')).toHaveAttribute(
			'data-kind',
			'permission-denied'
		);
		await expect(page.getByTestId('camera-error')).toContainText('not allowed');
	});
});

test.describe('no camera', () => {
	test.use({ grant: ['camera'] });

	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 800, height: 1280 }
	]) {
		test(`says so next to the button, with a way back (${viewport.width}x${viewport.height})`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/settings');
			await page.getByRole('link', { name: 'Set up and test the camera' }).click();
			await page.getByRole('button', { name: 'Turn on the camera' }).click();
			const error = page.getByTestId('camera-error');
			await expect(error).toHaveAttribute('data-kind', 'no-camera');
			await expect(error).toContainText('No camera was found');
			await expect(error).toBeInViewport();
			const button = await page.getByRole('button', { name: 'Turn on the camera' }).boundingBox();
			const message = await error.boundingBox();
			expect((message?.y ?? 0) - ((button?.y ?? 0) + (button?.height ?? 0))).toBeLessThan(40);
			await page.screenshot({
				path: `test-results/screenshots/camera-none-${viewport.width}x${viewport.height}.png`
			});
			await error.getByTestId('camera-back').click();
			await expect(page).toHaveURL(/\/settings$/);
		});
	}
});
