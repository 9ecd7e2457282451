// A local ESLint rule for the folder boundaries of src/lib. Package bans are plain
// no-restricted-imports; this rule resolves `$lib/…` and relative specifiers to a path first, so
// `../../storage/db` from src/lib/core is caught as surely as `$lib/storage/db`.
import { dirname, isAbsolute, relative, resolve } from 'node:path';

const LIB = resolve('src/lib');

/** @param {string} from the importing file @param {string} spec @returns {string | null} */
function target(from, spec) {
	if (spec === '$lib' || spec.startsWith('$lib/')) return resolve(LIB, spec.slice(5));
	if (spec.startsWith('.')) return resolve(dirname(from), spec);
	return null;
}

/** @param {string} path @param {string} dir (relative to src/lib) */
const within = (path, dir) => {
	const rel = relative(resolve(LIB, dir), path);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
	meta: {
		type: 'problem',
		docs: { description: 'Keeps imports inside the folder boundaries of src/lib.' },
		schema: [
			{
				type: 'object',
				properties: {
					// Folders of src/lib the file may import from (any other path there is refused).
					only: { type: 'array', items: { type: 'string' } },
					// Folders of src/lib the file may not import from.
					not: { type: 'array', items: { type: 'string' } },
					message: { type: 'string' }
				},
				additionalProperties: false
			}
		]
	},
	create(context) {
		const {
			only,
			not = [],
			message = 'This import crosses a folder boundary.'
		} = context.options[0] ?? {};
		/** @param {import('estree').Node & { source?: unknown }} node */
		const check = (node) => {
			const source = /** @type {{ value?: unknown } | null | undefined} */ (node.source);
			if (!source || typeof source.value !== 'string') return;
			const path = target(context.filename, source.value);
			if (!path) return;
			const refused =
				not.some((/** @type {string} */ dir) => within(path, dir)) ||
				(only !== undefined && !only.some((/** @type {string} */ dir) => within(path, dir)));
			if (refused) context.report({ node, message: `${message} (${source.value})` });
		};
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check,
			ImportExpression: check
		};
	}
};

export default { rules: { imports: rule } };
