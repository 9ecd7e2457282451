/**
 * Size limits for stored and imported data. Kept apart from the valibot schema so storage can
 * check values without loading the validator on every page.
 */
import type { JsonValue } from './format';

export const LIMITS = {
	id: 100,
	text: 4000,
	settingString: 10_000,
	records: 50_000,
	exercises: 100,
	list: 50
} as const;

/** JSON of bounded size; nesting depth and forbidden keys are checked before parsing. */
export function isBoundedJson(value: unknown): value is JsonValue {
	if (value === null || typeof value === 'boolean') return true;
	if (typeof value === 'number') return Number.isFinite(value);
	if (typeof value === 'string') return value.length <= LIMITS.settingString;
	if (Array.isArray(value)) return value.length <= 10_000 && value.every(isBoundedJson);
	if (typeof value === 'object') {
		const entries = Object.entries(value);
		return (
			entries.length <= 10_000 && entries.every(([k, x]) => k.length <= 200 && isBoundedJson(x))
		);
	}
	return false;
}
