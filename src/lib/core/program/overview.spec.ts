import { describe, expect, it } from 'vitest';
import { getExercise } from './catalogue';
import { formatDose } from './format';
import { sessionOverview } from './overview';
import { buildSession } from './plan';

describe('sessionOverview', () => {
	it('names every exercise of the day with its dose, cool-down apart', () => {
		const session = buildSession(1);
		const overview = sessionOverview(session);
		expect(overview.count).toBe(session.items.length);
		expect([...overview.main, ...overview.coolDown].map((i) => i.exerciseId)).toEqual(
			session.items.map((i) => i.exerciseId)
		);
		const first = session.items[0]!;
		expect(overview.main[0]).toEqual({
			exerciseId: first.exerciseId,
			name: getExercise(first.exerciseId).name,
			dose: formatDose(getExercise(first.exerciseId), first.dose)
		});
		expect(overview.coolDown.length).toBe(
			session.items.filter((i) => i.section === 'cool-down').length
		);
	});

	it('carries the week, its theme and whether the day is a lighter one', () => {
		const light = Array.from({ length: 28 }, (_, i) => buildSession(i + 1)).find(
			(s) => s.kind === 'light'
		)!;
		const overview = sessionOverview(light);
		expect(overview).toMatchObject({ day: light.day, week: light.week, theme: light.theme });
		expect(overview.light).toBe(true);
		expect(sessionOverview(buildSession(1)).light).toBe(buildSession(1).kind === 'light');
	});
});
