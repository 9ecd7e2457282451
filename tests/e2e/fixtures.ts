/**
 * Shared Playwright fixtures: each test gets Debian Chromium in a persistent context on a fresh
 * temporary profile (incognito contexts are not installable and behave differently with service
 * workers), a guard that fails the test on any request that leaves the app's origin (page and
 * service worker alike), and a list of console errors.
 */
import { test as base, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

export { CHROMIUM };
export const CHROMIUM_ARGS = CHROMIUM_FLAGS;

export interface Options {
	/** Extra Chromium flags, e.g. the fake camera. */
	launchArgs: string[];
	/** Permissions granted to the app's origin, e.g. ['camera']. */
	grant: string[];
}

export interface Fixtures {
	context: BrowserContext;
	page: Page;
	/** Console errors and uncaught exceptions seen on any page of the context. */
	consoleErrors: string[];
	/** Requests seen by the guard that were not on the app's origin. */
	offOrigin: string[];
}

export function isOnOrigin(url: string, origin: string): boolean {
	if (url.startsWith('data:') || url.startsWith('blob:')) return true;
	try {
		return new URL(url).origin === origin;
	} catch {
		return false;
	}
}

export const test = base.extend<Fixtures & Options>({
	launchArgs: [[], { option: true }],
	grant: [[], { option: true }],
	offOrigin: async ({}, use) => {
		await use([]);
	},
	consoleErrors: async ({}, use) => {
		await use([]);
	},
	context: async (
		{ baseURL, launchArgs, grant, viewport, reducedMotion, offOrigin, consoleErrors },
		use,
		testInfo
	) => {
		const profile = await mkdtemp(join(tmpdir(), 'brace-e2e-'));
		const origin = new URL(baseURL ?? 'http://localhost').origin;
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM,
			headless: true,
			args: [...CHROMIUM_ARGS, ...launchArgs],
			baseURL,
			viewport: viewport ?? { width: 1280, height: 800 },
			reducedMotion: reducedMotion ?? 'no-preference',
			serviceWorkers: 'allow'
		});
		if (grant.length) await context.grantPermissions(grant, { origin });
		const watch = (page: Page) => {
			page.on('console', (msg) => {
				if (msg.type() === 'error') consoleErrors.push(msg.text());
			});
			page.on('pageerror', (err) => consoleErrors.push(String(err)));
		};
		context.pages().forEach(watch);
		context.on('page', watch);
		context.on('request', (request) => {
			if (!isOnOrigin(request.url(), origin)) offOrigin.push(request.url());
		});
		await use(context);
		await context.close();
		await rm(profile, { recursive: true, force: true });
		expect(offOrigin, `requests left the origin in "${testInfo.title}"`).toEqual([]);
	},
	page: async ({ context }, use) => {
		const page = context.pages()[0] ?? (await context.newPage());
		await use(page);
	}
});

export { expect };

/** Waits until a service worker controls the page (after the first visit). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(async () => {
		const reg = await navigator.serviceWorker.ready;
		return Boolean(reg.active) && navigator.serviceWorker.controller !== null;
	});
}

/**
 * The main routes as a first visit sees them: the exact h1, and a text that appears only once the
 * page has its data (several pages keep their h1 while they load).
 */
export const ROUTES = [
	{ path: '/', h1: 'Today', ready: 'Welcome to Brace' },
	{ path: '/program', h1: 'Your 28-day program', ready: 'Week 1: Calm and learn the brace' },
	{ path: '/exercises', h1: 'The exercises', ready: 'Show the movement' },
	{ path: '/session', h1: 'Session', ready: 'Before your first session' },
	{ path: '/progress', h1: 'Progress', ready: 'Nothing here yet' },
	{ path: '/learn', h1: 'Learn about your back', ready: 'What a back spasm is' },
	{ path: '/learn/sleep', h1: 'Sleeping with a sore back', ready: 'About 1 min' },
	{ path: '/relief', h1: 'Spasm relief', ready: 'Before we start' },
	{ path: '/relief/plan', h1: 'Your flare-up plan', ready: 'Right now' },
	{ path: '/settings', h1: 'Settings', ready: 'Your data' }
] as const;
