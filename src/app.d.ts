// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** Set by vite define: the package version and build id shown in Settings. */
	const __BRACE_VERSION__: string;
	namespace App {}
}

export {};
