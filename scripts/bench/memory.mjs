/**
 * Memory readings for the benches, from /proc: what the browser's renderers hold in RAM.
 * The page, its pose worker and the wasm heap all live in a renderer process.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** @returns {string[]} the ids of all running processes */
const processes = () => readdirSync('/proc').filter((name) => /^\d+$/.test(name));

/** @param {string} pid @param {string} file */
function procRead(pid, file) {
	try {
		return readFileSync(`/proc/${pid}/${file}`, 'utf8');
	} catch {
		return ''; // the process ended while we looked
	}
}

/**
 * Resident memory (kB) of the browser's renderer processes (the page, its worker and the wasm
 * heap live there). Renderers hang off the zygote, so walk all descendants of the browser.
 * @param {number} browserPid
 */
export function rendererRssKb(browserPid) {
	/** @type {Map<string, string[]>} */
	const kids = new Map();
	for (const pid of processes()) {
		const ppid = procRead(pid, 'stat').split(') ')[1]?.split(' ')[1];
		if (ppid) kids.set(ppid, [...(kids.get(ppid) ?? []), pid]);
	}
	let total = 0;
	const queue = [String(browserPid)];
	while (queue.length) {
		const pid = /** @type {string} */ (queue.pop());
		queue.push(...(kids.get(pid) ?? []));
		if (procRead(pid, 'cmdline').includes('--type=renderer')) {
			total += Number(/VmRSS:\s+(\d+)/.exec(procRead(pid, 'status'))?.[1] ?? 0);
		}
	}
	return total;
}

/**
 * The browser process is the one whose command line names our temporary profile.
 * @param {string} profile
 */
export function findBrowserPid(profile) {
	for (const pid of processes()) {
		const cmd = procRead(pid, 'cmdline');
		if (cmd.includes(`--user-data-dir=${profile}`) && !cmd.includes('--type=')) return Number(pid);
	}
	return 0;
}
