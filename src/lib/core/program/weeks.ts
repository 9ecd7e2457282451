/** The four weeks: a theme each and the exercises their sessions draw on. Doses are not here: see plan.ts. */

export type WeekNumber = 1 | 2 | 3 | 4;
export type DayKind = 'a' | 'b' | 'light';

export interface WeekPlan {
	week: WeekNumber;
	theme: string;
	summary: string;
	/** Two alternating standard sessions, so each exercise gets a day off between exposures. */
	a: string[];
	b: string[];
	light: string[];
	coolDown: string[];
	lightCoolDown: string[];
	/** Harder variants allowed from this week on (the easiest variant of a chain always is). */
	unlocks: string[];
}

/** Days 4 and 7 of each week are lighter. */
export const DAY_PATTERN: readonly DayKind[] = ['a', 'b', 'a', 'light', 'b', 'a', 'light'];

export const PROGRAM_DAYS = 28;

export const WEEKS: readonly WeekPlan[] = [
	{
		week: 1,
		theme: 'Calm and learn the brace',
		summary:
			'Settle the back with breathing and relief positions, and learn the flat-back brace lying down.',
		a: ['diaphragmatic-breathing', 'pelvic-tilt', 'supine-brace', 'glute-bridge', 'knee-rolls'],
		b: [
			'diaphragmatic-breathing',
			'pelvic-tilt',
			'supine-brace',
			'dead-bug-arms',
			'standing-brace'
		],
		light: ['diaphragmatic-breathing', 'pelvic-tilt', 'knee-rolls'],
		coolDown: ['single-knee-to-chest', 'body-scan-relaxation'],
		lightCoolDown: ['single-knee-to-chest', 'fetal-side-lying', 'body-scan-relaxation'],
		unlocks: []
	},
	{
		week: 2,
		theme: 'Build the brace',
		summary:
			'Hold the brace longer, keep it while the arms and legs move, and take it to standing and walking.',
		a: ['supine-brace', 'dead-bug-arms', 'glute-bridge', 'four-point-brace', 'braced-walking'],
		b: ['pelvic-tilt', 'four-point-brace', 'clamshell', 'standing-brace', 'braced-walking'],
		light: ['diaphragmatic-breathing', 'supine-brace', 'braced-walking'],
		coolDown: ['single-knee-to-chest', 'hamstring-stretch'],
		lightCoolDown: ['single-knee-to-chest', 'body-scan-relaxation'],
		unlocks: ['dead-bug-legs', 'knees-to-chest']
	},
	{
		week: 3,
		theme: 'Core and glute strength',
		summary:
			'Stronger abdominals and glutes: full dead bug, bridges, bird dog, side plank from the knees and curl-ups.',
		a: ['pelvic-tilt', 'dead-bug-arms', 'glute-bridge', 'side-plank-knees', 'clamshell'],
		b: ['side-plank-knees', 'curl-up', 'four-point-brace', 'glute-bridge', 'braced-walking'],
		light: ['cat-camel', 'supine-brace', 'braced-walking'],
		coolDown: ['hamstring-stretch', 'figure-4-stretch', 'single-knee-to-chest'],
		lightCoolDown: ['childs-pose', 'body-scan-relaxation'],
		unlocks: ['dead-bug', 'single-leg-bridge', 'bird-dog']
	},
	{
		week: 4,
		theme: 'Carry it into daily life',
		summary:
			'Use the brace where spasms start: walking, getting up from a chair, lifting, and breaks from sitting.',
		a: ['standing-brace', 'sit-to-stand', 'dead-bug-arms', 'side-plank-knees', 'braced-walking'],
		b: ['lifting-practice', 'curl-up', 'four-point-brace', 'glute-bridge', 'braced-walking'],
		light: ['cat-camel', 'standing-brace', 'braced-walking'],
		coolDown: ['hip-flexor-stretch', 'hamstring-stretch', 'single-knee-to-chest'],
		lightCoolDown: ['hip-flexor-stretch', 'childs-pose', 'body-scan-relaxation'],
		unlocks: ['side-plank']
	}
];

export function weekOf(day: number): WeekPlan {
	const plan = WEEKS[Math.min(3, Math.max(0, Math.floor((day - 1) / 7)))];
	if (!plan) throw new Error(`No week for day ${day}`);
	return plan;
}

export function dayKind(day: number): DayKind {
	const kind = DAY_PATTERN[(day - 1) % 7];
	if (!kind) throw new Error(`No day kind for day ${day}`);
	return kind;
}

export function isProgramDay(day: number): boolean {
	return Number.isInteger(day) && day >= 1 && day <= PROGRAM_DAYS;
}
