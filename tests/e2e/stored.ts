import type { Page } from '@playwright/test';
import { DB_NAME } from '../../src/lib/storage/schema';

/**
 * A setting's stored value, read from the page's own database (undefined: not stored). Tests that
 * reload or leave the page right after a change wait on this, not on the screen, which changes
 * before the write lands.
 */
export function storedSetting(page: Page, key: string): Promise<unknown> {
	return page.evaluate(
		([name, key]) =>
			new Promise<unknown>((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const read = db.transaction('settings').objectStore('settings').get(key);
					read.onerror = () => reject(read.error);
					read.onsuccess = () => {
						db.close();
						resolve((read.result as { value?: unknown } | undefined)?.value);
					};
				};
			}),
		[DB_NAME, key] as const
	);
}
