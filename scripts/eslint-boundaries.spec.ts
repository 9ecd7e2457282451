import { RuleTester } from 'eslint';
import { resolve } from 'node:path';
import { parser } from 'typescript-eslint';
import { describe, it } from 'vitest';
import boundaries from './eslint-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser } });
const rule = boundaries.rules.imports;
const core = resolve('src/lib/core/progress/streaks.ts');
const component = resolve('src/lib/components/data/Thing.svelte');
const CORE = [{ only: ['core'] }];
const UI = [{ not: ['storage', 'pose'] }];

tester.run('boundaries/imports', rule, {
	valid: [
		{ code: "import { a } from '../program/catalogue';", filename: core, options: CORE },
		{ code: "import { a } from '$lib/core/records';", filename: core, options: CORE },
		{ code: "import { a } from 'valibot';", filename: core, options: CORE },
		{ code: "import { a } from '$lib/state/data.svelte';", filename: component, options: UI },
		{ code: "import { a } from '../../core/records';", filename: component, options: UI },
		{ code: "import { a } from '$lib/posture-words';", filename: component, options: UI }
	],
	invalid: [
		{ code: "import { a } from '../../storage/db';", filename: core, options: CORE, errors: 1 },
		{ code: "import { a } from '$lib/state/context';", filename: core, options: CORE, errors: 1 },
		{ code: "export * from '../../pose/camera';", filename: core, options: CORE, errors: 1 },
		{ code: "const m = import('../../../routes/x');", filename: core, options: CORE, errors: 1 },
		{ code: "import { a } from '$lib/storage';", filename: component, options: UI, errors: 1 },
		{
			code: "import type { A } from '$lib/pose/fit';",
			filename: component,
			options: UI,
			errors: 1
		},
		{ code: "import { a } from '../../storage/db';", filename: component, options: UI, errors: 1 }
	]
});
