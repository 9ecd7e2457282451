import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';

/** A WAV the fake microphone loops: a spoken-word-length sound, then a pause. */
function wordWav(): string {
	const rate = 16_000;
	const samples = Array.from({ length: rate * 2 }, (_, i) => {
		const t = i / rate;
		if (t > 0.8) return 0;
		return 0.3 * Math.sin(2 * Math.PI * 220 * t) + 0.1 * Math.sin(2 * Math.PI * 660 * t);
	});
	const data = Buffer.alloc(samples.length * 2);
	samples.forEach((s, i) => data.writeInt16LE(Math.round(s * 32_767), i * 2));
	const header = Buffer.alloc(44);
	header.write('RIFF', 0);
	header.writeUInt32LE(36 + data.length, 4);
	header.write('WAVEfmt ', 8);
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(1, 20);
	header.writeUInt16LE(1, 22);
	header.writeUInt32LE(rate, 24);
	header.writeUInt32LE(rate * 2, 28);
	header.writeUInt16LE(2, 32);
	header.writeUInt16LE(16, 34);
	header.write('data', 36);
	header.writeUInt32LE(data.length, 40);
	const file = join(tmpdir(), 'brace-e2e-word.wav');
	writeFileSync(file, Buffer.concat([header, data]));
	return file;
}

test.use({
	launchArgs: [
		'--use-fake-device-for-media-stream',
		'--use-fake-ui-for-media-stream',
		`--use-file-for-fake-audio-capture=${wordWav()}`
	],
	grant: ['microphone']
});

test('a spoken word answers a change of position, heard on the device only', async ({ page }) => {
	await page.goto('/relief');
	await page.getByRole('button', { name: 'Carry on' }).click();
	await expect(page.getByRole('heading', { name: 'Onto your side' })).toBeVisible();
	await page.getByRole('button', { name: 'Answer by voice' }).click();
	await expect(page.getByText('Listening on this device only')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Knees to your chest' })).toBeVisible({
		timeout: 15_000
	});
	await page.getByRole('button', { name: 'Stop listening' }).click();
	await expect(page.getByRole('button', { name: 'Answer by voice' })).toBeVisible();
});
