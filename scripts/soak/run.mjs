// npm run soak [-- --cycles <n>] [-- --seed <n>]: durability in real Chromium. Each cycle starts
// a session on a fast clock, completes a random number of sets, then SIGKILLs the browser at a
// random moment (idle mid-set, while the clock races, or right after a set ends). The next launch
// on the same profile checks that every set the player showed as done is stored exactly once and
// that the session cut off is marked partial, never counting its half-done set. A third of the
// cycles run with the storage quota nearly full, a third with a second tab open. Needs a
// production build in ./build. Ends with `soak cycles=<n> lost=<n> duplicated=<n>`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '../serve.mjs';
import { firstPage, kill, launch } from './browser.mjs';
import { nearlyFull, onboard, playerState, setsIn, startSession, storedSessions } from './app.mjs';

const { values } = parseArgs({
	options: {
		cycles: { type: 'string', default: '100' },
		seed: { type: 'string' },
		// Only one kind of cycle, to chase a failure: plain, quota-nearly-full or second-tab.
		variant: { type: 'string' },
		// Only one way of killing: idle, racing or after-set.
		mode: { type: 'string' }
	}
});
const CYCLES = Number(values.cycles);
const SEED = Number(values.seed ?? Date.now() % 1_000_000);
const PORT = Number(process.env.SOAK_PORT ?? 4385);
const ORIGIN = `http://localhost:${PORT}`;
const DAY = 86_400_000;
const VARIANTS = /** @type {const} */ (['plain', 'quota-nearly-full', 'second-tab']);
const MODES = /** @type {const} */ (['idle', 'racing', 'after-set']);

let seed = SEED;
const random = () => {
	seed = (seed * 1103515245 + 12345) % 2147483648;
	return seed / 2147483648;
};
const pick = (/** @type {number} */ n) => Math.floor(random() * n);
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * What a cycle left behind: the sets the player showed as done (`seen`), the most that can have
 * finished before the kill (`most`), and whether the session had finished.
 * @typedef {{ cycle: number, startMs: number, seen: number, most: number, finished: boolean,
 *   how: string, alert: string }} Expected
 */

const totals = {
	lost: 0,
	refused: 0,
	duplicated: 0,
	unmarked: 0,
	sets: 0,
	errors: 0,
	complete: 0
};
/** @type {Record<string, number>} */
const tally = {};
const count = (/** @type {string} */ key) => (tally[key] = (tally[key] ?? 0) + 1);

/**
 * Compares the previous cycle with what the database kept, after the app's own start-up
 * (which closes sessions left in progress) has run.
 * @param {import('playwright-core').Page} page @param {Expected} expected
 */
async function verify(page, expected) {
	const mine = (/** @type {{ startedAt: string }} */ r) => {
		const t = Date.parse(r.startedAt);
		return t >= expected.startMs && t < expected.startMs + DAY / 2;
	};
	let records = (await storedSessions(page)).filter(mine);
	for (let i = 0; i < 50 && records.some((r) => r.status === 'in-progress'); i++) {
		await sleep(100);
		records = (await storedSessions(page)).filter(mine);
	}
	const [record, ...extra] = records;
	const got = record ? setsIn(record) : 0;
	const missing = Math.max(0, expected.seen - got);
	// A set the page said it could not store (the disk is full) was refused, with the person
	// told; only a set missing without that warning is lost.
	const told = /not saved|could not save/.test(expected.alert);
	const lost = told ? 0 : missing;
	const refused = told ? missing : 0;
	const duplicated =
		extra.length +
		Math.max(0, got - expected.most) +
		(record?.exercises.filter((e) => e.setsDone > e.setsPlanned).length ?? 0);
	const unmarked = record && !expected.finished && record.status !== 'partial' ? 1 : 0;
	if (lost || refused || duplicated || unmarked) {
		console.log(
			`  cycle ${expected.cycle} (${expected.how}): saw ${expected.seen} (at most ${expected.most}), stored ${records.length} record(s) with ${got} sets, status ${record?.status ?? '-'}${expected.alert ? `; the page said "${expected.alert}"` : ''}`
		);
	}
	totals.lost += lost;
	totals.refused += refused;
	totals.duplicated += duplicated;
	totals.unmarked += unmarked;
	totals.sets += got;
	if (record?.status === 'complete') totals.complete++;
}

/**
 * One cycle on a running browser: a session, some sets, then the kill.
 * @param {import('./browser.mjs').Running} running @param {import('playwright-core').Page} page
 * @param {number} cycle @param {number} startMs
 * @returns {Promise<Expected>}
 */
async function cycleOnce(running, page, cycle, startMs) {
	const variant =
		/** @type {(typeof VARIANTS)[number] | undefined} */ (values.variant) ??
		VARIANTS[cycle % VARIANTS.length];
	const mode =
		/** @type {(typeof MODES)[number] | undefined} */ (values.mode) ?? MODES[pick(MODES.length)];
	count(variant);
	count(mode);
	if (variant === 'quota-nearly-full')
		await nearlyFull(running.context, page, 96_000 + pick(160_000));
	await startSession(page, ORIGIN, 1 + pick(28), pick(5));
	const target = pick(14);
	let state = await playerState(page);
	let other = variant === 'second-tab';
	while (state.stage === 'playing' && state.setsDone < target) {
		await page.clock.runFor(2_000 + pick(28_000));
		state = await playerState(page);
		if (other && state.setsDone >= target / 2) {
			other = false;
			const tab = await running.context.newPage();
			await tab.goto(`${ORIGIN}${random() < 0.5 ? '/progress' : '/'}`);
			await tab.locator('h1').waitFor();
			await page.bringToFront();
		}
	}
	let seen = state.setsDone;
	if (state.stage === 'pain-after' && random() < 0.7) {
		await page.getByRole('button', { name: /^1,/ }).click();
		await page.getByRole('heading', { name: /^Session (complete|saved)$/ }).waitFor();
		state = await playerState(page);
	}
	const finished = state.stage === 'finished';
	// A save error the page showed (read before the kill phase, so as not to delay the kill).
	const alert = (await page.getByRole('alert').allTextContents()).join(' ');
	let most = seen;
	if (!finished && mode === 'idle') {
		await page.clock.runFor(pick(8_000)); // some way into the next set
		seen = (await playerState(page)).setsDone;
		most = seen;
		await sleep(pick(300));
	} else if (!finished && mode === 'racing') {
		// Sets are at least 10 s apart on the clock: at most one more can finish in 8 s.
		most = seen + 1;
		page.clock.runFor(1_000 + pick(7_000)).catch(() => {});
		await sleep(pick(40));
	} else if (!finished) {
		for (let i = 0; i < 400; i++) {
			await page.clock.runFor(200);
			const now = await playerState(page);
			if (now.setsDone !== seen || now.stage !== 'playing') {
				seen = Math.max(0, now.setsDone);
				break;
			}
		}
		most = seen;
	}
	// Read again unless the clock is racing the kill: a set that ended just now may have failed.
	const said =
		mode === 'racing' ? alert : (await page.getByRole('alert').allTextContents()).join(' ');
	await kill(running);
	return { cycle, startMs, seen, most, finished, how: `${variant}, ${mode}`, alert: said };
}

const server = await serve({ getRoot: () => 'build', port: PORT, host: 'localhost' });
const profile = await mkdtemp(join(tmpdir(), 'brace-soak-'));
const base = new Date();
base.setHours(8, 0, 0, 0);
/** @type {Expected | null} */
let previous = null;
/** @type {import('./browser.mjs').Running | null} */
let current = null;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.once(signal, () => {
		// The browser runs in its own process group: end it with the soak.
		try {
			if (current?.child.pid) process.kill(-current.child.pid, 'SIGKILL');
		} finally {
			process.exit(130);
		}
	});
}
console.log(`soak: ${CYCLES} cycles, seed ${SEED}, profile ${profile}`);
try {
	for (let cycle = 0; cycle <= CYCLES; cycle++) {
		const running = await launch(profile);
		current = running;
		try {
			const startMs = base.getTime() + cycle * DAY + pick(3_600_000);
			await running.context.clock.install({ time: startMs });
			const page = await firstPage(running);
			page.setDefaultTimeout(20_000);
			await page.goto(`${ORIGIN}/`);
			await page.locator('h1').waitFor();
			if (cycle === 0) await onboard(page, ORIGIN);
			if (previous) await verify(page, previous);
			if (cycle === CYCLES) break;
			if (cycle > 0 && cycle % 10 === 0) {
				console.log(`  ${cycle} cycles: lost ${totals.lost}, duplicated ${totals.duplicated}`);
			}
			previous = await cycleOnce(running, page, cycle, startMs);
		} catch (error) {
			totals.errors++;
			console.log(`  cycle ${cycle}: ${String(error).split('\n')[0]}`);
			previous = null;
		} finally {
			await kill(running);
		}
	}
} finally {
	server.close();
	await rm(profile, { recursive: true, force: true });
}

console.log(
	`soak: ${Object.entries(tally)
		.map(([k, v]) => `${k} ${v}`)
		.join(
			', '
		)}; ${totals.sets} sets stored, ${totals.refused} refused with the person told (storage full), ${totals.complete} sessions complete, ${totals.unmarked} cut-off sessions not marked partial, ${totals.errors} cycles failed to run`
);
console.log(`soak cycles=${CYCLES} lost=${totals.lost} duplicated=${totals.duplicated}`);
process.exitCode = totals.lost || totals.duplicated || totals.unmarked || totals.errors ? 1 : 0;
