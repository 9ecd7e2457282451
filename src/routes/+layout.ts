import { browser } from '$app/environment';
import { redirect } from '@sveltejs/kit';

// Every route is prerendered to static HTML so the app shell paints before any script runs;
// data lives on the device and is loaded in the browser.
export const prerender = true;
export const trailingSlash = 'never';

export function load({ url }: { url: URL }): void {
	// The relief session's old address: sent on before the session page's code starts, so the
	// person in spasm waits for one page, not two. (The query only exists in the browser.)
	if (browser && url.pathname === '/session' && url.searchParams.has('relief'))
		redirect(307, '/relief');
}
