import { describe, expect, it } from 'vitest';
import {
	assessRedFlags,
	needsRedFlagScreen,
	RED_FLAG_QUESTIONS,
	RELIEF_RED_FLAG_SENTENCE,
	stopUrgency,
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
			'trauma',
			'leg-numbness',
			'one-side-numbness',
			'both-legs',
			'sexual-function',
			'cancer',
			'steroids-immune',
			'age'
		]) {
			expect(ids).toContain(id);
		}
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('treats the cauda equina signs and one-sided numbness as emergencies', () => {
		const emergency = RED_FLAG_QUESTIONS.filter((q) => q.urgency === 'emergency').map((q) => q.id);
		expect(emergency).toEqual([
			'bladder-bowel',
			'saddle-numbness',
			'sexual-function',
			'both-legs',
			'leg-weakness',
			'balance',
			'one-side-numbness'
		]);
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
			expect(outcome.title).toBe(
				urgency === 'emergency' ? 'Go to an emergency department now' : 'See a doctor today'
			);
			expect(outcome.advice[0]).toMatch(/Stop using Brace/);
			expect(stopUrgency(outcome)).toBe(urgency);
		}
	);

	it('treats a yes as a stop even before the other questions are answered', () => {
		const outcome = assessRedFlags({ 'bladder-bowel': true });
		expect(outcome.kind).toBe('stop');
		if (outcome.kind === 'stop') expect(outcome.advice.join(' ')).toMatch(/emergency/);
	});

	it('takes the most urgent advice when emergency and doctor signs are both yes', () => {
		const outcome = assessRedFlags({ ...allNo(), cancer: true, 'both-legs': true });
		expect(outcome.kind === 'stop' && outcome.urgency).toBe('emergency');
		expect(stopUrgency(assessRedFlags(allNo()) as { kind: 'clear' })).toBe(false);
	});

	it('opens the relief flow with the emergency signs in one calm sentence', () => {
		expect(RELIEF_RED_FLAG_SENTENCE).toMatch(
			/bladder or bowels.*numb between the legs.*call for help now/
		);
	});

	it('asks again when pain is 7 or more', () => {
		expect(needsRedFlagScreen(6)).toBe(false);
		expect(needsRedFlagScreen(7)).toBe(true);
		expect(needsRedFlagScreen(10)).toBe(true);
		expect(needsRedFlagScreen(null)).toBe(false);
	});
});
