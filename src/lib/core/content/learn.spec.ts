import { describe, expect, it } from 'vitest';
import { CARE_TOPICS } from './learn-care';
import { LIVING_TOPICS } from './learn-living';
import { PROGRAM_TOPICS } from './learn-program';
import { SPASM_TOPICS } from './learn-spasm';
import { LEARN_TOPICS, readingMinutes, searchLearn, wordCount } from './learn';

/** The articles the review asked for, by id, with a word each should be found by. */
const REQUIRED: [string, string][] = [
	['sleep', 'pillow'],
	['moving-in-a-spasm', 'minute'],
	['massage-and-who-to-see', 'chiropractor'],
	['walking-braced', 'tired'],
	['hurt-not-harm', 'harm'],
	['pacing', 'graded'],
	['desk-sitting-driving', 'driving'],
	['lifting', 'lift'],
	['sport-and-work', 'golf'],
	['water-electrolytes', 'electrolytes'],
	['risk-factors', 'caffeine'],
	['why-spasms-happen', 'reflex'],
	['medicines', 'pharmacist']
];

describe('Learn library', () => {
	it('has every article once, in a group', () => {
		const all = [...SPASM_TOPICS, ...CARE_TOPICS, ...LIVING_TOPICS, ...PROGRAM_TOPICS];
		expect(LEARN_TOPICS.map((t) => t.id).sort()).toEqual(all.map((t) => t.id).sort());
		expect(new Set(LEARN_TOPICS.map((t) => t.id)).size).toBe(LEARN_TOPICS.length);
		for (const [id] of REQUIRED) expect(LEARN_TOPICS.map((t) => t.id)).toContain(id);
	});

	it.each(LEARN_TOPICS.map((t) => [t.id, t] as const))('%s takes 1-3 minutes', (_, topic) => {
		const words = wordCount(topic);
		expect(words).toBeGreaterThanOrEqual(150);
		expect(words).toBeLessThanOrEqual(450);
		expect(readingMinutes(topic)).toBeGreaterThanOrEqual(1);
		expect(readingMinutes(topic)).toBeLessThanOrEqual(3);
	});

	it.each(REQUIRED)('search finds %s by "%s"', (id, word) => {
		expect(searchLearn(word).map((t) => t.id)).toContain(id);
	});

	it('says what the seeds and guidance say where it matters', () => {
		const text = (id: string) => LEARN_TOPICS.find((t) => t.id === id)?.paragraphs.join(' ') ?? '';
		expect(text('walking-braced')).toContain('Tired, not in pain, is fine');
		expect(text('walking-braced')).toMatch(/Do not add distance, time or speed until your abs/);
		expect(text('sleep')).toMatch(/pillow between your knees/);
		expect(text('sleep')).toMatch(/recliner/);
		expect(text('massage-and-who-to-see')).toMatch(
			/manual therapist.*chiropractor.*massage therapist/s
		);
		expect(text('massage-and-who-to-see')).toMatch(
			/alongside|part of a plan that includes exercise/
		);
		expect(text('medicines')).toMatch(/Ask your pharmacist or doctor/);
		expect(text('moving-in-a-spasm')).toMatch(/every minute or two/);
	});

	it('matches every word, at word starts, titles first', () => {
		expect(searchLearn('')).toHaveLength(LEARN_TOPICS.length);
		expect(searchLearn('ice heat')[0]?.id).toBe('ice-or-heat');
		expect(searchLearn('SLEEP pillow')[0]?.id).toBe('sleep');
		expect(searchLearn('zzzz')).toEqual([]);
		expect(searchLearn('sit').map((t) => t.id)).toContain('desk-sitting-driving');
		expect(searchLearn('(')).toHaveLength(LEARN_TOPICS.length);
	});
});
