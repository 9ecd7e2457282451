import { error } from '@sveltejs/kit';
import { LEARN_TOPICS, findTopic } from '$lib/core/content/learn';
import type { EntryGenerator, PageLoad } from './$types';

/** Every article is prerendered, so each one is precached and opens offline. */
export const entries: EntryGenerator = () => LEARN_TOPICS.map((t) => ({ topic: t.id }));

export const load: PageLoad = ({ params }) => {
	const topic = findTopic(params.topic);
	if (!topic) error(404, 'No such article');
	return { topic };
};
