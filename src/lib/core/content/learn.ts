/**
 * The Learn library: short, plain-language articles drawn from the physiotherapists' texts in
 * shared/seeds and mainstream guidance (NICE NG59). Where they differ, the cautious advice is
 * kept. Articles take 1-3 minutes to read aloud.
 */
import { CARE_TOPICS } from './learn-care';
import { LIVING_TOPICS } from './learn-living';
import { PROGRAM_TOPICS } from './learn-program';
import { SPASM_TOPICS } from './learn-spasm';
import type { LearnTopic } from './learn-types';

export type { LearnTopic, LearnDrawing } from './learn-types';

const ALL = new Map(
	[...SPASM_TOPICS, ...CARE_TOPICS, ...LIVING_TOPICS, ...PROGRAM_TOPICS].map((t) => [t.id, t])
);

const GROUPS: readonly { title: string; ids: string[] }[] = [
	{
		title: 'Understanding spasms',
		ids: ['what-is-a-spasm', 'tension', 'why-spasms-happen', 'risk-factors', 'water-electrolytes']
	},
	{ title: 'In a spasm', ids: ['hurt-not-harm', 'moving-in-a-spasm', 'ice-or-heat', 'sleep'] },
	{ title: 'The program', ids: ['why-abs-and-glutes', 'the-brace', 'walking-braced', 'pacing'] },
	{ title: 'Everyday life', ids: ['desk-sitting-driving', 'lifting', 'sport-and-work'] },
	{ title: 'Getting help', ids: ['massage-and-who-to-see', 'medicines'] }
];

function topic(id: string): LearnTopic {
	const found = ALL.get(id);
	if (!found) throw new Error(`No Learn article ${id}`);
	return found;
}

export const LEARN_GROUPS: readonly { title: string; topics: readonly LearnTopic[] }[] = GROUPS.map(
	(g) => ({ title: g.title, topics: g.ids.map(topic) })
);

export const LEARN_TOPICS: readonly LearnTopic[] = LEARN_GROUPS.flatMap((g) => g.topics);

/** Words read aloud per minute at the voice's pace, for "about N min". */
const WORDS_PER_MINUTE = 150;

export function wordCount(topic: LearnTopic): number {
	return [topic.title, ...topic.paragraphs].join(' ').split(/\s+/).filter(Boolean).length;
}

export function readingMinutes(topic: LearnTopic): number {
	return Math.max(1, Math.round(wordCount(topic) / WORDS_PER_MINUTE));
}

export function findTopic(id: string): LearnTopic | undefined {
	return LEARN_TOPICS.find((t) => t.id === id);
}

/** The article as one text, for reading aloud. */
export function topicText(topic: LearnTopic): string {
	return [`${topic.title}.`, ...topic.paragraphs].join(' ');
}

const fold = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');

/**
 * Articles matching every word of the query (in the title, summary, text or keywords), titles
 * first. Words match at a word start, so "sit" finds "sitting" but not "position".
 */
export function searchLearn(query: string): LearnTopic[] {
	const words = fold(query)
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	if (words.length === 0) return [...LEARN_TOPICS];
	const scored = LEARN_TOPICS.map((topic) => {
		const title = fold(`${topic.title} ${topic.summary}`);
		const body = fold(`${topic.keywords ?? ''} ${topic.paragraphs.join(' ')}`);
		let score = 0;
		for (const word of words) {
			const at = new RegExp(`(^|[^a-z0-9])${word.replace(/[^a-z0-9]/g, '')}`);
			if (at.test(title)) score += 3;
			else if (at.test(body)) score += 1;
			else return { topic, score: -1 };
		}
		return { topic, score };
	});
	return scored
		.filter((s) => s.score > 0)
		.sort((a, b) => b.score - a.score)
		.map((s) => s.topic);
}
