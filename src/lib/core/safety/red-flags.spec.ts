import { describe, expect, it } from 'vitest';
import {
	assessRedFlags,
	needsRedFlagScreen,
	RED_FLAG_QUESTIONS,
	type RedFlagAnswers
} from './red-flags';

const allNo = (): RedFlagAnswers =>
	Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, false]));

describe('red-flag screening', () => {
	it('asks about every warning sign the issue lists', () => {
		const ids = RED_FLAG_QUESTIONS.map((q) => q.id);
		for (const id of [
			'bladder-bowel',
			'saddle-numbness',
			'leg-weakness',
			'balance',
			'fever-weight-loss',
			'trauma'
		]) {
			expect(ids).toContain(id);
		}
	});

	it('is clear only when every question is answered no', () => {
		expect(assessRedFlags(allNo())).toEqual({ kind: 'clear' });
		const partial = allNo();
		delete partial.trauma;
		expect(assessRedFlags(partial)).toEqual({ kind: 'incomplete', missing: ['trauma'] });
	});

	it.each(RED_FLAG_QUESTIONS.map((q) => [q.id, q.urgency] as const))(
		'stops everything on a yes to %s',
		(id, urgency) => {
			const outcome = assessRedFlags({ ...allNo(), [id]: true });
			expect(outcome.kind).toBe('stop');
			if (outcome.kind !== 'stop') return;
			expect(outcome.flags).toEqual([id]);
			expect(outcome.urgency).toBe(urgency);
			expect(outcome.title).toMatch(/^See a doctor now/);
			expect(outcome.advice[0]).toMatch(/Stop using Brace/);
		}
	);

	it('treats a yes as a stop even before the other questions are answered', () => {
		const outcome = assessRedFlags({ 'bladder-bowel': true });
		expect(outcome.kind).toBe('stop');
		if (outcome.kind === 'stop') expect(outcome.advice.join(' ')).toMatch(/emergency/);
	});

	it('asks again when pain is 7 or more', () => {
		expect(needsRedFlagScreen(6)).toBe(false);
		expect(needsRedFlagScreen(7)).toBe(true);
		expect(needsRedFlagScreen(10)).toBe(true);
		expect(needsRedFlagScreen(null)).toBe(false);
	});
});
