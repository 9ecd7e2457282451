import { describe, expect, it } from 'vitest';
import { getExercise, loadsBackExtensors } from './catalogue';
import { ladderFor } from './ladder';
import {
	buildSession,
	maxUnlockedLevel,
	plannedLevel,
	stretchSession,
	SESSION_MAX_SECONDS,
	SESSION_MIN_SECONDS,
	sessionSeconds,
	type LevelPolicy
} from './plan';
import { exerciseMs } from './timing';
import { dayKind, PROGRAM_DAYS, weekOf } from './weeks';

const DAYS = Array.from({ length: PROGRAM_DAYS }, (_, i) => i + 1);
const POLICIES: Record<string, LevelPolicy> = {
	'as planned': (_c, planned) => planned,
	'all at the bottom': () => 0,
	'all at the top': (chain) => ladderFor(chain).length - 1,
	'stepped back': (_c, planned) => Math.max(0, planned - 3)
};

describe('28-day plan', () => {
	it.each(Object.keys(POLICIES))('keeps every day within 10-25 minutes (%s)', (name) => {
		const policy = POLICIES[name];
		for (const day of DAYS) {
			const session = buildSession(day, policy);
			expect(session.seconds, `day ${day}`).toBeGreaterThanOrEqual(SESSION_MIN_SECONDS);
			expect(session.seconds, `day ${day}`).toBeLessThanOrEqual(SESSION_MAX_SECONDS);
			expect(session.seconds).toBe(sessionSeconds(session.items));
		}
	});

	it('computes duration from the doses (work, rest and transitions)', () => {
		const session = buildSession(1);
		const sum = session.items.reduce(
			(s, i) => s + exerciseMs(getExercise(i.exerciseId), i.dose),
			0
		);
		expect(session.seconds).toBe(Math.round((sum + 4000) / 1000));
	});

	it('never includes an exercise that strengthens the back extensors', () => {
		for (const day of DAYS) {
			for (const item of buildSession(day).items) {
				expect(loadsBackExtensors(getExercise(item.exerciseId)), `day ${day}`).toBe(false);
			}
		}
		for (const item of stretchSession().items)
			expect(loadsBackExtensors(getExercise(item.exerciseId))).toBe(false);
	});

	it('uses one variant of a chain per session, and ends with a cool-down', () => {
		for (const day of DAYS) {
			const session = buildSession(day);
			const chains = session.items.map((i) => i.chain);
			expect(new Set(chains).size, `day ${day}`).toBe(chains.length);
			expect(session.items.at(-1)?.section).toBe('cool-down');
			expect(session.items[0]?.section).toBe('main');
		}
	});

	it('gives each week its theme and two lighter days', () => {
		const themes = [1, 8, 15, 22].map((d) => buildSession(d).theme);
		expect(themes).toEqual([
			'Calm and learn the brace',
			'Build the brace',
			'Core and glute strength',
			'Carry it into daily life'
		]);
		for (const week of [0, 1, 2, 3]) {
			const kinds = DAYS.slice(week * 7, week * 7 + 7).map(dayKind);
			expect(kinds.filter((k) => k === 'light')).toHaveLength(2);
		}
	});

	it('makes light days easier than the standard day before', () => {
		for (const day of DAYS.filter((d) => dayKind(d) === 'light')) {
			for (const item of buildSession(day).items) {
				expect(item.level, `${item.exerciseId} day ${day}`).toBeLessThanOrEqual(
					Math.max(0, plannedLevel(item.chain, day - 1))
				);
			}
		}
	});

	it('grows holds from 5 s in week 1 to 10 s by week 4, and the lying brace steadily', () => {
		const holdsIn = (days: number[]) =>
			days
				.flatMap((d) => buildSession(d).items)
				.filter((i) => getExercise(i.exerciseId).mode === 'hold' && i.dose.holdSeconds <= 10)
				.map((i) => i.dose.holdSeconds);
		expect(Math.min(...holdsIn(DAYS.slice(0, 7)))).toBe(5);
		expect(Math.max(...holdsIn(DAYS.slice(0, 7)))).toBeLessThan(10);
		expect(Math.max(...holdsIn(DAYS.slice(21)))).toBe(10);
		const brace = DAYS.flatMap((d) => buildSession(d).items)
			.filter((i) => i.exerciseId === 'supine-brace')
			.map((i) => i.dose.holdSeconds);
		expect(brace[0]).toBe(5);
		expect(brace.slice(0, 6)).toEqual([...brace.slice(0, 6)].sort((a, b) => a - b));
	});

	it('raises reps and sets as well as hold times', () => {
		const bridge = (day: number) =>
			buildSession(day).items.find((i) => i.chain === 'glute-bridge')?.dose;
		const first = bridge(1);
		const later = bridge(19);
		expect(later && first && later.sets * later.reps > first.sets * first.reps).toBe(true);
	});

	it('unlocks harder variants only from their week', () => {
		const firstDay = (id: string) =>
			DAYS.find((d) => buildSession(d).items.some((i) => i.exerciseId === id));
		expect(weekOf(firstDay('dead-bug') ?? 99).week).toBeGreaterThanOrEqual(3);
		expect(weekOf(firstDay('bird-dog') ?? 99).week).toBe(3);
		expect(weekOf(firstDay('single-leg-bridge') ?? 99).week).toBeGreaterThanOrEqual(3);
		expect(weekOf(firstDay('side-plank') ?? 99).week).toBe(4);
		expect(maxUnlockedLevel('side-plank-knees', 3)).toBeLessThan(
			ladderFor('side-plank-knees').findIndex((s) => s.exerciseId === 'side-plank')
		);
	});

	it('carries the brace into daily life in week 4', () => {
		const week4 = DAYS.slice(21).flatMap((d) => buildSession(d).items.map((i) => i.exerciseId));
		for (const id of ['braced-walking', 'sit-to-stand', 'lifting-practice', 'standing-brace']) {
			expect(week4).toContain(id);
		}
	});

	it('rejects days outside the program', () => {
		expect(() => buildSession(0)).toThrow();
		expect(() => buildSession(29)).toThrow();
		expect(() => buildSession(1.5)).toThrow();
	});

	it('offers a stretch session of calming and stretching exercises only', () => {
		const stretch = stretchSession();
		expect(stretch.kind).toBe('stretch');
		expect(stretch.items.map((i) => getExercise(i.exerciseId).category)).toEqual(
			stretch.items.map(() => expect.stringMatching(/relief|mobility/))
		);
		expect(stretch.items.map((i) => i.exerciseId)).toContain('hamstring-stretch');
		expect(stretch.seconds).toBeGreaterThan(5 * 60);
	});
});
