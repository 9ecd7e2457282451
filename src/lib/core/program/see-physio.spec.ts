import { describe, expect, it } from 'vitest';
import type { PainReading } from './pause';
import { physioPrompts, type PhysioInput } from './see-physio';

const TODAY = '2026-11-28';
const at = (day: number) =>
	new Date(`2026-11-${String(day).padStart(2, '0')}T09:00:00`).toISOString();
const daily = (from: number, to: number, pain: number): PainReading[] =>
	Array.from({ length: to - from + 1 }, (_, i) => ({ at: at(from + i), pain }));

function input(overrides: Partial<PhysioInput> = {}): PhysioInput {
	return {
		today: TODAY,
		readings: [],
		flares: [],
		programComplete: false,
		painBefore: [],
		...overrides
	};
}
const ids = (i: PhysioInput) => physioPrompts(i).map((p) => p.id);

describe('see a physiotherapist or doctor', () => {
	// Week one is days 15-21, week two days 22-28.
	it.each([
		[5, 5, true],
		[5, 4.5, true],
		[5, 4, false],
		[3, 4, true],
		[4, 3, false],
		[2, 3, false]
	] as const)('pain %s in week one and %s in week two: prompt %s', (early, late, prompt) => {
		const readings = [...daily(15, 21, early), ...daily(22, 28, late)];
		expect(ids(input({ readings })).includes('no-improvement')).toBe(prompt);
	});

	it('needs two weeks of ratings before judging improvement', () => {
		expect(ids(input({ readings: daily(22, 28, 6) }))).toEqual([]);
	});

	it('says why, in words', () => {
		const [prompt] = physioPrompts(input({ readings: [...daily(15, 21, 5), ...daily(22, 28, 5)] }));
		expect(prompt?.reason).toMatch(/^Your pain has not improved over the last two weeks/);
		expect(prompt?.reason).toContain('physiotherapist or doctor');
	});

	it.each([
		[[at(1), at(10), at(20)], true],
		[[at(10), at(10), at(20)], false],
		[['2026-10-31T09:00:00.000Z', at(10), at(20)], false],
		[[at(2), at(3), at(28)], true]
	] as const)('flare-ups at %j: prompt %s', (flares, prompt) => {
		expect(ids(input({ flares })).includes('frequent-flares')).toBe(prompt);
	});

	it.each([
		[[4, 4, 4, 3, 2, 4, 4, 4], true],
		[[4, 4, 4, 3, 2, 3, 3, 3], false],
		[[0, 0, 0, 0, 0, 0], false],
		[[2, null, 3], true],
		[[5], false]
	] as const)('pain before sessions %j at the end: prompt %s', (painBefore, prompt) => {
		const done = input({ programComplete: true, painBefore });
		expect(ids(done).includes('program-end')).toBe(prompt);
		expect(ids({ ...done, programComplete: false })).not.toContain('program-end');
	});
});
