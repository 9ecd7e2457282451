// Every route is prerendered to static HTML so the app shell paints before any script runs;
// data lives on the device and is loaded in the browser.
export const prerender = true;
export const trailingSlash = 'never';
