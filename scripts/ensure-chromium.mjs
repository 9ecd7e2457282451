// The end-to-end tests need Debian's Chromium (Playwright cannot download its own browser here),
// ffmpeg to build the fake-camera videos, and real photos of people from opencv-doc.
// If any is missing: install it when running as root, else say exactly what to run.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const needs = [
	{ pkg: 'chromium', present: existsSync(chromium) },
	{ pkg: 'ffmpeg', present: existsSync('/usr/bin/ffmpeg') },
	{ pkg: 'opencv-doc', present: existsSync('/usr/share/doc/opencv-doc/examples/data') }
];
const missing = needs.filter((n) => !n.present).map((n) => n.pkg);
if (missing.length) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const list = missing.join(' ');
	if (!isRoot) {
		console.error(
			`The end-to-end tests need these Debian packages: ${list}\nInstall them, then run npm test again:\n\n  sudo apt-get update && sudo apt-get install -y ${list}\n`
		);
		process.exit(1);
	}
	console.log(`Installing Debian packages for the end-to-end tests: ${list}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
		stdio: 'inherit',
		env
	});
}
