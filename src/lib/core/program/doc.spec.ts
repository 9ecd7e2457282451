import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from './catalogue';
import { renderProgramDoc } from './doc';

describe('program document', () => {
	const doc = renderProgramDoc();

	it('is up to date in docs/program.md (run `npm run program:doc` after changing the program)', () => {
		const file = readFileSync(resolve(process.cwd(), 'docs/program.md'), 'utf8');
		expect(file).toBe(doc);
	});

	it('covers every exercise, every day and the rules', () => {
		for (const e of EXERCISES) {
			expect(doc).toContain(`### ${e.name} (\`${e.id}\`)`);
			for (const step of e.instructions) expect(doc).toContain(step);
		}
		for (let day = 1; day <= 28; day++) expect(doc).toMatch(new RegExp(`#### Day ${day}: `));
		expect(doc).toContain('## How the program progresses');
		expect(doc).toContain('## Pain rules');
		expect(doc).toContain('## Safety screening');
		expect(doc).toContain('not a medical device');
	});
});
