/** The app's main destinations; paths are stable (links, tests and bookmarks rely on them). */
export const NAV_ITEMS = [
	{ href: '/', label: 'Today' },
	{ href: '/program', label: 'Program' },
	{ href: '/progress', label: 'Progress' },
	{ href: '/relief', label: 'Spasm now' },
	{ href: '/learn', label: 'Learn' },
	{ href: '/settings', label: 'Settings' }
] as const;

export function isCurrent(href: string, pathname: string): boolean {
	return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
