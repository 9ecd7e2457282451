// Lighthouse on every route as a first visit sees it, with tablet emulation (800x1280 at 2x,
// simulated mobile throttling), several runs each: the median scores, and every audit that
// failed in any run. One Chromium serves all runs; Lighthouse resets the origin's storage.
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';

/** Every route, with a query where the page needs one. */
export const ROUTES = [
	'/',
	'/welcome',
	'/program',
	'/session',
	'/session?relief',
	'/progress',
	'/progress/history',
	'/progress/session?id=missing',
	'/progress/log',
	'/report',
	'/relief',
	'/learn',
	'/camera',
	'/settings'
];

const METRICS = /** @type {const} */ ([
	['largest-contentful-paint', 'LCP', 'ms'],
	['total-blocking-time', 'TBT', 'ms'],
	['cumulative-layout-shift', 'CLS', ''],
	['first-contentful-paint', 'FCP', 'ms']
]);

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

/**
 * @param {number} port Chromium's debugging port @param {string} url
 */
async function once(port, url) {
	const { default: lighthouse } = await import('lighthouse');
	const result = await lighthouse(
		url,
		{ port, logLevel: 'error', output: 'json' },
		{
			extends: 'lighthouse:default',
			settings: {
				onlyCategories: ['performance', 'accessibility', 'best-practices'],
				formFactor: 'mobile',
				screenEmulation: {
					mobile: true,
					width: 800,
					height: 1280,
					deviceScaleFactor: 2,
					disabled: false
				},
				throttlingMethod: 'simulate'
			}
		}
	);
	if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
	const { categories: c, audits } = result.lhr;
	return {
		performance: Math.round((c.performance?.score ?? 0) * 100),
		accessibility: Math.round((c.accessibility?.score ?? 0) * 100),
		bestPractices: Math.round((c['best-practices']?.score ?? 0) * 100),
		failed: Object.values(audits)
			.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
			.map((a) => a.id),
		metrics: METRICS.map(([id]) => audits[id]?.numericValue ?? NaN)
	};
}

/**
 * Median scores per route over `runs` runs.
 * @param {string} origin @param {string[]} routes @param {number} runs
 */
export async function lighthouseRoutes(origin, routes = ROUTES, runs = 3) {
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS]
	});
	try {
		const out = [];
		for (const route of routes) {
			const all = [];
			for (let i = 0; i < runs; i++) all.push(await once(chrome.port, origin + route));
			const pick = (/** @type {(r: (typeof all)[number]) => number} */ f) => median(all.map(f));
			out.push({
				route,
				performance: pick((r) => r.performance),
				performanceRange: [
					Math.min(...all.map((r) => r.performance)),
					Math.max(...all.map((r) => r.performance))
				],
				accessibility: pick((r) => r.accessibility),
				bestPractices: pick((r) => r.bestPractices),
				failed: [...new Set(all.flatMap((r) => r.failed))],
				metrics: METRICS.map(([, name, unit], i) => {
					const v = pick((r) => r.metrics[i] ?? NaN);
					return `${name} ${unit ? Math.round(v) : v.toFixed(3)}${unit ? ' ms' : ''}`;
				})
			});
		}
		return out;
	} finally {
		chrome.kill();
	}
}
