import { describe, expect, it } from 'vitest';
import { CUE_GAP_MS, CueQueue, REPEAT_MS } from './cues';

describe('CueQueue', () => {
	it('allows at most one cue every 3 s', () => {
		const q = new CueQueue();
		expect(q.ready(0)).toBe(true);
		expect(q.give(1000, 'back-arched', 'Flatten your lower back')).toEqual({
			t: 1000,
			code: 'back-arched',
			text: 'Flatten your lower back'
		});
		expect(q.ready(1000)).toBe(false);
		expect(q.ready(1000 + CUE_GAP_MS - 1)).toBe(false);
		expect(q.ready(1000 + CUE_GAP_MS)).toBe(true);
		// Praise counts as a cue too.
		q.give(4000, 'praise', 'That’s it');
		expect(q.ready(6999)).toBe(false);
	});

	it('says a fault again only 8 s after it was said', () => {
		const q = new CueQueue();
		q.give(0, 'hips-low', 'Lift your hips');
		expect(q.said('hips-low', 3000)).toBe(true);
		expect(q.said('hips-low', REPEAT_MS - 1)).toBe(true);
		expect(q.said('hips-low', REPEAT_MS)).toBe(false);
		expect(q.said('back-arched', 100)).toBe(false);
		q.give(REPEAT_MS, 'hips-low', 'Lift your hips');
		expect(q.said('hips-low', REPEAT_MS + 5000)).toBe(true);
	});

	it('praises a fix of a fault that was said, once, within 3.5 s (after the cue gap)', () => {
		const q = new CueQueue();
		q.give(0, 'back-arched', 'Flatten your lower back');
		q.fixed(1000, 'back-arched');
		// Fixed: it may be said again straight away if it comes back.
		expect(q.said('back-arched', 1100)).toBe(false);
		// A quick fix: the praise waits out the 3 s since the cue, and is still due.
		expect(q.ready(2900)).toBe(false);
		const praise = q.praise(3000);
		expect(praise).toMatchObject({ t: 3000, code: 'praise' });
		expect(praise!.text.length).toBeGreaterThan(0);
		expect(q.praise(3100)).toBeNull();
	});

	it('does not praise late, or a fix of a fault that was never said', () => {
		const late = new CueQueue();
		late.give(0, 'back-arched', 'Flatten your lower back');
		late.fixed(2000, 'back-arched');
		expect(late.praise(5501)).toBeNull();

		const unsaid = new CueQueue();
		unsaid.fixed(2000, 'back-arched');
		expect(unsaid.praise(2100)).toBeNull();

		const other = new CueQueue();
		other.give(0, 'hips-low', 'Lift your hips');
		other.fixed(500, 'back-overarched');
		expect(other.praise(600)).toBeNull();
	});

	it('varies the praise', () => {
		const q = new CueQueue();
		const texts: string[] = [];
		for (let i = 0; i < 3; i++) {
			const t = i * 10_000;
			q.give(t, 'chest-out', 'Let your chest come down a little');
			q.fixed(t + 100, 'chest-out');
			texts.push(q.praise(t + 200)!.text);
		}
		expect(new Set(texts).size).toBe(3);
	});

	it('reset() forgets what was said', () => {
		const q = new CueQueue();
		q.give(0, 'chest-out', 'Let your chest come down a little');
		q.reset();
		expect(q.ready(1)).toBe(true);
		expect(q.said('chest-out', 1)).toBe(false);
	});
});
