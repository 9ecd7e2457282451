// Chromium as a separate process the soak can kill like a flat battery would: spawned in its
// own process group on a persistent profile, driven over CDP, ended with SIGKILL.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';

const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS, '--remote-debugging-port=0'];

/**
 * @typedef {{ child: import('node:child_process').ChildProcess, browser: import('playwright-core').Browser,
 *   context: import('playwright-core').BrowserContext }} Running
 */

/**
 * Starts Chromium on `profile` and connects to it.
 * @param {string} profile
 * @returns {Promise<Running>}
 */
export async function launch(profile) {
	const child = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], {
		detached: true,
		stdio: ['ignore', 'ignore', 'pipe']
	});
	const endpoint = await new Promise((resolve, reject) => {
		let seen = '';
		const timer = setTimeout(() => reject(new Error('Chromium did not start')), 30_000);
		child.stderr?.on('data', (chunk) => {
			seen = (seen + chunk).slice(-4000);
			const m = seen.match(/DevTools listening on (ws:\/\/\S+)/);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]);
			}
		});
		child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
	});
	const browser = await chromium.connectOverCDP(/** @type {string} */ (endpoint));
	const context = browser.contexts()[0];
	if (!context) throw new Error('no default context');
	return { child, browser, context };
}

/**
 * SIGKILL to the browser process, then to whatever of its group is left: no unload, no flush.
 * @param {Running} running
 */
export async function kill({ child }) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = once(child, 'exit');
	const pid = /** @type {number} */ (child.pid);
	try {
		process.kill(pid, 'SIGKILL');
	} catch {
		// already gone
	}
	await exited;
	try {
		process.kill(-pid, 'SIGKILL');
	} catch {
		// the group went with it
	}
}

/**
 * The first page of a fresh launch.
 * @param {Running} running
 */
export async function firstPage({ context }) {
	return context.pages()[0] ?? (await context.newPage());
}
