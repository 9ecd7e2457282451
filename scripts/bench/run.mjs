// npm run bench: every budget that is measured rather than asserted. Build first (npm run build).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { benchShell } from './shell.mjs';

if (!existsSync('build/index.html')) {
	console.error('No production build found: run `npm run build` first.');
	process.exit(1);
}
// The posture engine alone (node): cost per frame with the mask analysis.
execFileSync('npx', ['tsx', 'scripts/bench/posture.ts'], { stdio: 'inherit' });
await benchShell();
if (existsSync('scripts/bench/progress.mjs')) {
	const { benchProgress } = await import('./progress.mjs');
	await benchProgress();
}
