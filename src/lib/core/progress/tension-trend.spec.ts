import { describe, expect, it } from 'vitest';
import { tensionCheckIn } from './factories';
import { risingTension } from './tension-trend';

const TODAY = '2026-11-20';
const on = (day: number, tension: number, hour = 9) =>
	tensionCheckIn({
		at: new Date(
			`2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00`
		).toISOString(),
		tension: tension as 0
	});

describe('rising tension', () => {
	it.each([
		['climbs 3, 4, 6', [on(18, 3), on(19, 4), on(20, 6)], true],
		['climbs from a low start', [on(18, 1), on(19, 2), on(20, 3)], true],
		['climbs with a steady day', [on(18, 3), on(19, 3), on(20, 5)], true],
		['climbs with a gap day', [on(16, 3), on(18, 4), on(19, 5)], true],
		['rises by only 1', [on(18, 3), on(19, 4), on(20, 4)], false],
		['dips on the way', [on(18, 3), on(19, 2), on(20, 6)], false],
		['falls', [on(18, 6), on(19, 4), on(20, 3)], false],
		['has only two days', [on(19, 2), on(20, 6)], false],
		['is spread over more than five days', [on(15, 2), on(18, 4), on(20, 6)], false],
		['stopped two days ago', [on(16, 2), on(17, 4), on(18, 6)], false]
	] as const)('%s: suggests easing it %s', (_, checkIns, rising) => {
		expect(risingTension(checkIns, TODAY) !== null).toBe(rising);
	});

	it('counts a day by its highest rating and says the numbers', () => {
		const result = risingTension([on(18, 2), on(19, 5, 8), on(19, 3, 20), on(20, 5)], TODAY);
		expect(result?.values).toEqual([2, 5, 5]);
		expect(result?.message).toContain('climbing (2, then 5, then 5)');
		expect(result?.message).toContain('relief or stretch session');
	});

	it('ignores check-ins dated after today', () => {
		expect(risingTension([on(18, 1), on(19, 2), on(20, 3), on(21, 1)], TODAY)).not.toBeNull();
	});
});
