import { describe, expect, it } from 'vitest';
import { spasmPatterns, triggerCounts } from './triggers';
import { sessionRecord, spasmEpisode, tensionCheckIn } from './factories';

const at = (date: string) => new Date(`${date}T18:00:00`).toISOString();

describe('triggerCounts', () => {
	it('counts each trigger once per episode, most frequent first', () => {
		const episodes = [
			spasmEpisode({ triggers: ['lifting', 'stress', 'lifting'] }),
			spasmEpisode({ triggers: ['stress'] }),
			spasmEpisode({ triggers: [] })
		];
		expect(triggerCounts(episodes)).toEqual([
			{ trigger: 'stress', count: 2 },
			{ trigger: 'lifting', count: 1 }
		]);
	});
});

describe('spasmPatterns', () => {
	it('asks for more episodes before showing patterns', () => {
		const report = spasmPatterns([spasmEpisode(), spasmEpisode()], [], []);
		expect(report).toEqual({ enough: false, episodes: 2, needed: 3, patterns: [] });
	});

	it('finds the sitting pattern from logged hours', () => {
		const hours = [3, 4, 2.5, 5, 1];
		const episodes = hours.map((h, i) =>
			spasmEpisode({
				sittingHours: h,
				triggers: i < 2 ? ['driving'] : [],
				at: at(`2026-11-0${i + 1}`)
			})
		);
		const report = spasmPatterns(episodes, [], []);
		expect(report.enough).toBe(true);
		expect(report.patterns.map((p) => p.text)).toContain(
			'4 of your 5 episodes followed more than 2 hours of sitting'
		);
		// Driving holds for 2 of 5: under half, so it is not presented as a pattern.
		expect(report.patterns.some((p) => p.text.includes('driving'))).toBe(false);
	});

	it('relates episodes to tight days and to days without sessions', () => {
		const dates = ['2026-11-10', '2026-11-12', '2026-11-14', '2026-11-16', '2026-11-18'];
		const episodes = dates.map((d) =>
			spasmEpisode({ at: at(d), sittingHours: null, triggers: [] })
		);
		const tension = dates.map((d, i) =>
			tensionCheckIn({ at: new Date(`${d}T08:00:00`).toISOString(), tension: i < 4 ? 7 : 2 })
		);
		const sessions = [
			sessionRecord({ startedAt: new Date('2026-11-01T08:00:00').toISOString() }),
			sessionRecord({ startedAt: new Date('2026-11-17T08:00:00').toISOString() })
		];
		const texts = spasmPatterns(episodes, tension, sessions).patterns.map((p) => p.text);
		expect([...texts].sort()).toEqual([
			'4 of your 5 episodes came after two days without a session',
			'4 of your 5 episodes came on or after a day you rated your back tight'
		]);
	});
});
