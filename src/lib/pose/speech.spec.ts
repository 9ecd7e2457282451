import { describe, expect, it } from 'vitest';
import { Announcer, speak } from './speech';

describe('speak', () => {
	it('does nothing where speech synthesis is missing (node)', () => {
		expect(speak('hello')).toBe(false);
	});
});

describe('Announcer', () => {
	it('says a new prompt once, lets it finish, and repeats it only after a while', () => {
		const said: string[] = [];
		const a = new Announcer((t) => said.push(t), 8000);
		a.announce('Turn to face the tablet.', 0);
		a.announce('Turn to face the tablet.', 1000);
		a.announce('All set.', 1500);
		a.announce('All set.', 3000);
		a.announce('All set.', 6000);
		a.announce('All set.', 11500);
		expect(said).toEqual(['Turn to face the tablet.', 'All set.', 'All set.']);
	});
});
