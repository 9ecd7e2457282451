/** Mutations of a valid export for the import fuzz test; each one makes the file invalid. */
import { MAX_BACKUP_BYTES } from '$lib/core/backup/format';

export type Random = () => number;
export interface Mutator {
	name: string;
	mutate(text: string, random: Random): string;
}

/** Small seeded PRNG so the fuzz run is the same every time. */
export function mulberry32(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(xs: readonly T[], random: Random): T => xs[Math.floor(random() * xs.length)]!;
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const RECORD_LISTS = ['sessions', 'checkIns', 'spasms', 'tension'] as const;
const OPTIONAL = new Set(['goodFormSeconds', 'formScore']);

/** A random strictly validated record (or nested exercise result) of the file. */
function randomRecord(file: Obj, random: Random): Obj {
	const data = file.data as Obj;
	const lists = RECORD_LISTS.map((k) => data[k] as Obj[]).filter((l) => l.length > 0);
	const record = pick(pick(lists, random), random);
	const exercises = record.exercises as Obj[] | undefined;
	return exercises?.length && random() < 0.3 ? pick(exercises, random) : record;
}

/** Paths to leaves in validated records and the header, as [parent, key]. */
function leaves(
	file: Obj,
	random: Random,
	filter: (v: Json) => boolean
): [Obj | Json[], string | number] {
	for (let tries = 0; tries < 100; tries++) {
		const record = random() < 0.1 ? file : randomRecord(file, random);
		const keys = Object.keys(record).filter((k) => k !== 'data' && filter(record[k] ?? null));
		if (keys.length) return [record, pick(keys, random)];
	}
	throw new Error('no leaf found');
}

function edit(text: string, random: Random, change: (file: Obj, random: Random) => void): string {
	const file = JSON.parse(text) as Obj;
	change(file, random);
	return JSON.stringify(file);
}

function set(target: Obj | Json[], key: string | number, value: Json) {
	(target as Record<string | number, Json>)[key] = value;
}

function wrongType(v: Json): Json {
	if (typeof v === 'string') return 42;
	if (typeof v === 'number') return String(v);
	if (typeof v === 'boolean') return 'true';
	if (v === null) return {};
	return 'x';
}

/** Positions of structural characters outside strings. */
function structural(text: string): number[] {
	const out: number[] = [];
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') {
			inString = true;
			out.push(i);
		} else if ('{}[]:,'.includes(c ?? '')) out.push(i);
	}
	return out;
}

export const mutators: Mutator[] = [
	{ name: 'truncate', mutate: (t, r) => t.slice(0, Math.floor(r() * (t.length - 1))) },
	{
		name: 'break-syntax',
		mutate: (t, r) => {
			const i = pick(structural(t), r);
			return t.slice(0, i) + pick(['x', '#', '\u0000', ''], r) + t.slice(i + 1);
		}
	},
	{
		name: 'wrong-type',
		mutate: (t, r) =>
			edit(t, r, (f) => {
				const [o, k] = leaves(f, r, () => true);
				set(o, k, wrongType((o as Obj)[k as string] ?? null));
			})
	},
	{
		name: 'missing-key',
		mutate: (t, r) =>
			edit(t, r, (f) => {
				const [o, k] = leaves(f, r, () => true);
				if (OPTIONAL.has(k as string)) set(o, k, 'x');
				else delete (o as Obj)[k as string];
			})
	},
	{
		name: 'unknown-key',
		mutate: (t, r) =>
			edit(t, r, (f) =>
				set(randomRecord(f, r), pick(['isAdmin', 'html', 'x'], r), '<script>alert(1)</script>')
			)
	},
	{
		name: 'prototype-key',
		mutate: (t, r) => {
			const starts = structural(t).filter((i) => t[i] === '{' && t[i + 1] === '"');
			const i = pick(starts, r) + 1;
			const key = pick(['__proto__', 'constructor', 'prototype'], r);
			return `${t.slice(0, i)}"${key}":{"polluted":true},${t.slice(i)}`;
		}
	},
	{
		name: 'huge-string',
		mutate: (t, r) =>
			edit(t, r, (f) => {
				const [o, k] = leaves(f, r, (v) => typeof v === 'string');
				set(o, k, 'A'.repeat(10_001 + Math.floor(r() * 200_000)));
			})
	},
	{
		name: 'deep-nesting',
		mutate: (t, r) =>
			edit(t, r, (f) => {
				const [o, k] = leaves(f, r, () => true);
				let v: Json = 1;
				for (let d = 0, n = 17 + Math.floor(r() * 3000); d < n; d++) v = [v];
				set(o, k, v);
			})
	},
	{
		name: 'out-of-range',
		mutate: (t, r) =>
			edit(t, r, (f) => {
				const [o, k] = leaves(f, r, (v) => typeof v === 'number');
				set(o, k, pick([-1, -0.5, 1e9], r));
			})
	},
	{
		name: 'non-finite',
		mutate: (t, r) => {
			const nums = [...t.matchAll(/":(\d+)[,}]/g)].filter((m) => m.index !== undefined);
			const m = pick(nums, r);
			const at = (m.index ?? 0) + 2;
			return t.slice(0, at) + '1e400' + t.slice(at + (m[1]?.length ?? 0));
		}
	},
	{
		name: 'bad-date',
		mutate: (t, r) =>
			edit(t, r, (f) => {
				const [o, k] = leaves(f, r, (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v));
				set(o, k, pick(['yesterday', '2026-13-01T00:00:00Z', '', '2026-11-02'], r));
			})
	},
	{
		name: 'wrong-version',
		mutate: (t, r) =>
			edit(t, r, (f) => {
				f.version = pick([0, 2, 99, -1, '1', null, 1.5], r);
			})
	},
	{
		name: 'wrong-format',
		mutate: (t, r) =>
			edit(t, r, (f) => {
				f.format = pick(['brace', '', null, 1, 'BRACE-BACKUP'], r);
			})
	},
	{
		name: 'not-an-object',
		mutate: (_, r) =>
			pick(
				['null', 'true', '42', '"brace-backup"', '[]', '{}', ' ', '[{"format":"brace-backup"}]'],
				r
			)
	},
	{
		name: 'garbage',
		mutate: (_, r) =>
			Array.from({ length: Math.floor(r() * 400) }, () =>
				String.fromCharCode(Math.floor(r() * 0xffff))
			).join('')
	},
	{
		name: 'duplicate-record',
		mutate: (t, r) =>
			edit(t, r, (f) => {
				const data = f.data as Obj;
				const list = data[pick(RECORD_LISTS, r)] as Json[];
				if (list.length === 0) (data.sessions as Json[]).push((data.sessions as Json[])[0] ?? null);
				else list.push(pick(list, r));
			})
	},
	{
		name: 'wrong-list',
		mutate: (t, r) =>
			edit(t, r, (f) => {
				(f.data as Obj)[pick([...RECORD_LISTS, 'settings'], r)] = pick([{}, 'x', null, 3], r);
			})
	},
	{
		name: 'bad-program',
		mutate: (t, r) =>
			edit(t, r, (f) => {
				const p = (f.data as Obj).program as Obj;
				const key = pick(['version', 'startDate', 'days', 'levels', 'canAdvance'], r);
				p[key] = wrongType(p[key] ?? null);
			})
	},
	{
		name: 'too-large',
		mutate: (t) => t + ' '.repeat(MAX_BACKUP_BYTES - t.length + 1)
	}
];
