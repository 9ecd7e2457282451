import { describe, expect, it } from 'vitest';
import { VoiceGate } from './listen';

/** Feeds a loudness per 50 ms poll; returns the poll indexes where a word was heard. */
function heard(levels: number[], speaking: (i: number) => boolean = () => false): number[] {
	const gate = new VoiceGate();
	return levels.flatMap((level, i) => (gate.sample(level, i * 50, speaking(i)) ? [i] : []));
}

const word = (polls: number) => Array.from({ length: polls }, () => 0.2);
const quiet = (polls: number) => Array.from({ length: polls }, () => 0.001);

describe('hearing "ready"', () => {
	it('hears a spoken word of about 300 ms', () => {
		expect(heard([...quiet(10), ...word(8), ...quiet(10)])).toHaveLength(1);
	});

	it('ignores clicks and short beeps', () => {
		const beeps = Array.from({ length: 60 }, (_, i) => (i % 9 < 2 ? 0.4 : 0.001));
		expect(heard(beeps)).toEqual([]);
	});

	it('answers once per word, not once per poll', () => {
		expect(heard([...word(30)])).toHaveLength(1);
	});

	it("ignores the app's own voice and its echo", () => {
		const levels = [...word(20), ...word(10), ...quiet(20), ...word(8)];
		const result = heard(levels, (i) => i < 20);
		// Muted while speaking and for 900 ms after; the later word is heard.
		expect(result).toEqual([55]);
	});
});
