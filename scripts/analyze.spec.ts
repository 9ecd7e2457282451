/** The analyze command as a person runs it: a real process, its exit code, stdout and stderr. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeTrace } from '../src/lib/core/posture/analyze';
import { CHECKED_EXERCISES } from '../src/lib/core/posture/rules';
import { decodeTrace } from '../src/lib/core/posture/trace';

const root = join(import.meta.dirname, '..');
const clip = join(root, 'tests/fixtures/posture-dev/dev_sup_arched_L.trace.json');
const dir = mkdtempSync(join(tmpdir(), 'brace-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['--import', 'tsx', 'scripts/analyze.ts', ...args],
			{ cwd: root },
			(error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
		);
	});
}

describe('npm run analyze', () => {
	it('prints the analysis as JSON, exit 0; exit 2 with a clear message for bad input', async () => {
		const wrongVersion = JSON.stringify({ ...JSON.parse(readFileSync(clip, 'utf8')), version: 2 });
		const [good, malformed, notTrace, version, unknown] = await Promise.all([
			analyze('--exercise', 'supine-brace', clip),
			analyze('--exercise', 'supine-brace', file('broken.json', '{"format": "brace-pose-tr')),
			analyze('--exercise', 'supine-brace', file('other.json', '{"frames": 3}')),
			analyze('--exercise', 'supine-brace', file('v2.json', wrongVersion)),
			analyze('--exercise', 'tai-chi', clip)
		]);

		expect(good.code).toBe(0);
		expect(good.stderr).toBe('');
		const want = analyzeTrace(decodeTrace(readFileSync(clip, 'utf8')), 'supine-brace');
		expect(JSON.parse(good.stdout)).toEqual(want);
		expect(want.faults.map((f) => f.code)).toEqual(['back-arched']);

		expect(malformed.code).toBe(2);
		expect(malformed.stdout).toBe('');
		expect(malformed.stderr).toMatch(/broken\.json: .*JSON/);

		expect(notTrace.code).toBe(2);
		expect(notTrace.stderr).toMatch(/other\.json: Not a Brace pose trace: format: expected/);

		expect(version.code).toBe(2);
		expect(version.stderr).toMatch(/v2\.json: Not a Brace pose trace: version: expected 1/);

		expect(unknown.code).toBe(2);
		expect(unknown.stdout).toBe('');
		expect(unknown.stderr).toContain('unknown exercise "tai-chi"');
		for (const id of CHECKED_EXERCISES) expect(unknown.stderr).toContain(id);
	}, 30_000);
});
