// Renders the SVG icons to the PNG sizes the manifest lists, with the same Chromium the tests use.
// Run by hand after editing static/icons/*.svg; the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';

const jobs = [
	['static/icons/icon.svg', 'static/icons/icon-192.png', 192],
	['static/icons/icon.svg', 'static/icons/icon-512.png', 512],
	['static/icons/icon-maskable.svg', 'static/icons/icon-maskable-512.png', 512]
];
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
for (const [src, dest, size] of jobs) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const svg = await readFile(src, 'utf8');
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
	);
	await page.screenshot({ path: dest, omitBackground: true });
	await page.close();
}
await browser.close();
