/**
 * Finds out whether this browser lets the app keep data. Private modes and strict settings can
 * block IndexedDB entirely; the app still runs, but it must say that nothing will be kept.
 */
export async function storageAvailable(timeoutMs = 3000): Promise<boolean> {
	if (typeof indexedDB === 'undefined') return false;
	return new Promise((resolve) => {
		const timer = setTimeout(() => resolve(false), timeoutMs);
		try {
			const request = indexedDB.open('brace-probe');
			request.onsuccess = () => {
				clearTimeout(timer);
				request.result.close();
				resolve(true);
			};
			request.onerror = () => {
				clearTimeout(timer);
				resolve(false);
			};
		} catch {
			clearTimeout(timer);
			resolve(false);
		}
	});
}
