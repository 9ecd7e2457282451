import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

interface Still {
	exercise: string;
	index: number;
	role: string;
	fill: number;
	/** The body's silhouette, drawn in frame coordinates: 1 where the body is. */
	mask: number[];
}

/** Every key position on the page: how much of its box the figure fills, and its silhouette. */
async function readStills(page: Page): Promise<Still[]> {
	return page.evaluate(async () => {
		const SIZE = 200;
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = SIZE;
		const ctx = canvas.getContext('2d', { willReadFrequently: true });
		if (!ctx) throw new Error('no canvas');
		const out = [];
		for (const list of document.querySelectorAll<HTMLElement>('[data-testid="key-positions"]')) {
			const items = [...list.querySelectorAll<HTMLElement>('[data-testid="key-position"]')];
			for (const [index, item] of items.entries()) {
				const svg = item.querySelector('svg');
				const body = svg?.querySelector<SVGGElement>('[data-testid="figure-body"]');
				if (!svg || !body) throw new Error(`no figure in ${list.dataset.exercise}`);
				const box = svg.getBoundingClientRect();
				const fig = body.getBoundingClientRect();
				const fill = Math.max(fig.width / box.width, fig.height / box.height);
				// The silhouette alone, black on white, in the 0-100 frame (arrows and props left out).
				const shapes = [...body.querySelectorAll('path.skin, path.far')]
					.map((p) => `<path d="${p.getAttribute('d')}"/>`)
					.join('');
				const flip = body.getAttribute('transform') ?? '';
				const xml = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="${SIZE}" height="${SIZE}"><rect width="100" height="100" fill="white"/><g transform="${flip}" fill="black">${shapes}</g></svg>`;
				const img = new Image();
				img.src = `data:image/svg+xml,${encodeURIComponent(xml)}`;
				await img.decode();
				ctx.drawImage(img, 0, 0);
				const px = ctx.getImageData(0, 0, SIZE, SIZE).data;
				const mask: number[] = [];
				for (let i = 0; i < px.length; i += 4) mask.push((px[i] ?? 255) < 128 ? 1 : 0);
				out.push({
					exercise: list.dataset.exercise ?? '',
					index,
					role: item.querySelector('.role')?.textContent ?? '',
					fill,
					mask
				});
			}
		}
		return out;
	});
}

/** Share of the two silhouettes' combined area where they differ. */
function difference(a: number[], b: number[]): number {
	let union = 0;
	let differ = 0;
	for (let i = 0; i < a.length; i++) {
		if (a[i] || b[i]) union++;
		if (a[i] !== b[i]) differ++;
	}
	return union === 0 ? 0 : differ / union;
}

/** Below this share of differing silhouette (identical poses give 0), two positions read as the same. */
const SAME = 0.04;

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 800, height: 1280 }
]) {
	test(`every exercise has its own key positions, filling their boxes (${viewport.width}x${viewport.height})`, async ({
		page
	}) => {
		const size = `${viewport.width}x${viewport.height}`;
		await page.setViewportSize(viewport);
		await page.goto('/exercises');
		const lists = page.getByTestId('key-positions');
		await expect(lists).toHaveCount(28);
		const stills = await readStills(page);
		const byExercise = new Map<string, Still[]>();
		for (const s of stills) byExercise.set(s.exercise, [...(byExercise.get(s.exercise) ?? []), s]);
		// Pictures first, so a failure can be looked at.
		for (const id of byExercise.keys()) {
			await page.getByTestId(`exercise-${id}`).screenshot({
				path: `test-results/screenshots/exercises/${id}-${size}.png`
			});
		}
		for (const s of stills) {
			expect(s.fill, `${s.exercise} position ${s.index + 1} fills its box`).toBeGreaterThanOrEqual(
				0.7
			);
		}
		for (const [id, own] of byExercise) {
			expect(own.length, `${id} has at least two key positions`).toBeGreaterThanOrEqual(2);
			for (const a of own)
				for (const b of own)
					if (a.index < b.index)
						expect(
							difference(a.mask, b.mask),
							`${id}: ${a.index + 1} vs ${b.index + 1}`
						).toBeGreaterThan(SAME);
		}
		const moved = stills.filter((s) => s.index > 0);
		for (const a of moved)
			for (const b of moved)
				if (a.exercise < b.exercise)
					expect(
						difference(a.mask, b.mask),
						`${a.exercise} ${a.index + 1} vs ${b.exercise} ${b.index + 1}`
					).toBeGreaterThan(SAME);
	});
}
