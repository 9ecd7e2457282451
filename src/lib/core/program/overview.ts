import { getExercise } from './catalogue';
import { formatDose } from './format';
import type { PlannedSession } from './plan';

export interface OverviewItem {
	exerciseId: string;
	name: string;
	/** The dose in words, e.g. "2 sets of 8 reps". */
	dose: string;
}

/** A planned session in words, for the Today card: it needs no catalogue of its own. */
export interface SessionOverview {
	day: number;
	week: number | null;
	theme: string;
	light: boolean;
	count: number;
	main: OverviewItem[];
	coolDown: OverviewItem[];
}

export function sessionOverview(session: PlannedSession): SessionOverview {
	const items = (section: 'main' | 'cool-down') =>
		session.items
			.filter((i) => i.section === section)
			.map((i) => {
				const exercise = getExercise(i.exerciseId);
				return {
					exerciseId: i.exerciseId,
					name: exercise.name,
					dose: formatDose(exercise, i.dose)
				};
			});
	return {
		day: session.day,
		week: session.week,
		theme: session.theme,
		light: session.kind === 'light',
		count: session.items.length,
		main: items('main'),
		coolDown: items('cool-down')
	};
}
