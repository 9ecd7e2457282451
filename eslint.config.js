import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import boundaries from './scripts/eslint-boundaries.js';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'bench-results/',
			'static/',
			'.tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// The app is always served at the origin root (no paths.base), so plain hrefs are correct.
		// Dates here are read-only timestamps and Maps/Sets are local, never mutated reactively.
		rules: {
			'svelte/no-navigation-without-resolve': 'off',
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// Playwright fixtures must destructure their (possibly empty) dependencies.
		files: ['tests/e2e/**/*.ts'],
		rules: { 'no-empty-pattern': 'off' }
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte', 'src/**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/consistent-type-imports': 'error'
		}
	},
	{
		// The core is pure: it runs in node tests, in workers and in the UI alike.
		files: ['src/lib/core/**/*.ts'],
		plugins: { boundaries },
		rules: {
			'boundaries/imports': [
				'error',
				{ only: ['core'], message: 'src/lib/core imports only from src/lib/core.' }
			],
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', 'idb', '@mediapipe/*', '**/*.svelte'],
							message: 'src/lib/core is pure TypeScript: no Svelte, DOM, idb or MediaPipe imports.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				'window',
				'document',
				'navigator',
				'indexedDB',
				'localStorage'
			]
		}
	},
	{
		// Components stay thin: storage and pose work goes through state/ classes.
		files: ['src/**/*.svelte'],
		plugins: { boundaries },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['idb', '@mediapipe/*'], message: 'Use a state/ class or an adapter.' }
					]
				}
			],
			'boundaries/imports': [
				'error',
				{
					not: ['storage', 'pose'],
					message: '.svelte files reach storage and pose through a state/ class.'
				}
			]
		}
	}
);
