import { browser } from '$app/environment';
import { redirect } from '@sveltejs/kit';

// Every route is prerendered to static HTML so the app shell paints before any script runs;
// data lives on the device and is loaded in the browser.
export const prerender = true;
export const trailingSlash = 'never';

export function load({ url }: { url: URL }): void {
	// The relief session's old address, reached by an in-app link: a page load of it is already
	// sent on by app.html's inline script. (The query only exists in the browser.)
	if (browser && url.pathname === '/session' && url.searchParams.has('relief'))
		redirect(307, '/relief');
}
