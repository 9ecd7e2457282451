import { getExercise, variantChain } from './catalogue';
import { chainId, lastLevelOf, stepAt, stepBackLevel } from './ladder';
import { exerciseMs, TIMING } from './timing';
import type { Dose } from './types';
import { dayKind, PROGRAM_DAYS, weekOf, WEEKS, type DayKind, type WeekNumber } from './weeks';

export interface PlannedExercise {
	exerciseId: string;
	/** The variant chain (named by its easiest variant) whose level this is. */
	chain: string;
	level: number;
	dose: Dose;
	section: 'main' | 'cool-down';
}

export interface PlannedSession {
	/** Program day 1-28; 0 for the stretch session, which belongs to no day. */
	day: number;
	week: WeekNumber | null;
	theme: string;
	kind: DayKind | 'stretch' | 'practice';
	items: PlannedExercise[];
	/** Estimated active seconds, the same sum the player walks through. */
	seconds: number;
	/** A lighter version of the day, chosen because pain before it was high. */
	lighter?: boolean;
}

export const SESSION_MIN_SECONDS = 10 * 60;
export const SESSION_MAX_SECONDS = 25 * 60;
/** Light days do a bit less than the standard day's level. */
export const LIGHT_DAY_LEVELS_DOWN = 2;

/** Chains trained on each day, and how many standard days before each day trained each chain. */
const CHAINS_ON = new Map<number, readonly string[]>();

function chainsOn(day: number): readonly string[] {
	let chains = CHAINS_ON.get(day);
	if (!chains) {
		const week = weekOf(day);
		const kind = dayKind(day);
		const main = kind === 'light' ? week.light : week[kind];
		const coolDown = kind === 'light' ? week.lightCoolDown : week.coolDown;
		chains = [...main, ...coolDown].map(chainId);
		CHAINS_ON.set(day, chains);
	}
	return chains;
}

/**
 * The level a chain is planned at on a day: one rung up for every earlier standard day that
 * trained it, lighter on light days, and never beyond the variants unlocked by that week.
 */
export function plannedLevel(exerciseId: string, day: number): number {
	const chain = chainId(exerciseId);
	let exposures = 0;
	for (let d = 1; d < day; d++) {
		if (dayKind(d) !== 'light' && chainsOn(d).includes(chain)) exposures++;
	}
	const level = dayKind(day) === 'light' ? exposures - LIGHT_DAY_LEVELS_DOWN : exposures;
	return Math.max(0, Math.min(level, maxUnlockedLevel(chain, weekOf(day).week)));
}

const MAX_UNLOCKED = new Map<string, number>();

/** The top level of the hardest variant a week allows. */
export function maxUnlockedLevel(exerciseId: string, week: WeekNumber): number {
	const key = `${exerciseId}|${week}`;
	let level = MAX_UNLOCKED.get(key);
	if (level === undefined) {
		const unlocked = new Set(WEEKS.filter((w) => w.week <= week).flatMap((w) => w.unlocks));
		const variants = variantChain(exerciseId);
		let hardest = variants[0]?.id ?? exerciseId;
		for (const variant of variants.slice(1)) if (unlocked.has(variant.id)) hardest = variant.id;
		level = lastLevelOf(exerciseId, hardest);
		MAX_UNLOCKED.set(key, level);
	}
	return level;
}

export function sessionSeconds(items: readonly PlannedExercise[]): number {
	const ms = items.reduce(
		(sum, item) => sum + exerciseMs(getExercise(item.exerciseId), item.dose),
		0
	);
	const coolDownMs = items.some((i) => i.section === 'cool-down') ? TIMING.coolDownMs : 0;
	return Math.round((ms + coolDownMs) / 1000);
}

function itemAt(id: string, level: number, section: PlannedExercise['section']): PlannedExercise {
	const chain = chainId(id);
	const step = stepAt(chain, level);
	return { exerciseId: step.exerciseId, chain, level, dose: { ...step.dose }, section };
}

/**
 * Keeps a session within 10-25 minutes: long sessions lose sets (then reps) from their longest
 * main exercise; short ones first lengthen breathing, relaxation or walking (30 s at a time, up
 * to their maximum), then gain a set on the shortest main exercise.
 */
export function fitToBounds(items: PlannedExercise[]): PlannedExercise[] {
	const fitted = items.map((i) => ({ ...i, dose: { ...i.dose } }));
	const main = fitted.filter((i) => i.section === 'main');
	const length = (i: PlannedExercise) => exerciseMs(getExercise(i.exerciseId), i.dose);
	for (let guard = 0; guard < 100 && sessionSeconds(fitted) > SESSION_MAX_SECONDS; guard++) {
		const longest = [...main].sort((x, y) => length(y) - length(x));
		const bySets = longest.find((i) => i.dose.sets > 1);
		if (bySets) bySets.dose.sets--;
		else {
			const byReps = longest.find((i) => i.dose.reps > 1);
			if (!byReps) break;
			byReps.dose.reps--;
		}
	}
	for (let guard = 0; guard < 100 && sessionSeconds(fitted) < SESSION_MIN_SECONDS; guard++) {
		const timed = fitted.find((i) => {
			const e = getExercise(i.exerciseId);
			return e.mode === 'timed' && i.dose.holdSeconds < e.maxDose.holdSeconds;
		});
		if (timed) {
			timed.dose.holdSeconds = Math.min(
				getExercise(timed.exerciseId).maxDose.holdSeconds,
				timed.dose.holdSeconds + 30
			);
			continue;
		}
		const growable = main
			.filter((i) => i.dose.sets < getExercise(i.exerciseId).maxDose.sets + 1)
			.sort((x, y) => length(x) - length(y));
		const shortest = growable[0];
		if (!shortest) break;
		shortest.dose.sets++;
	}
	return fitted;
}

/** Picks the level of a chain on a day; the program state's adaptation plugs in here. */
export type LevelPolicy = (chain: string, plannedLevel: number) => number;

export const AS_PLANNED: LevelPolicy = (_chain, planned) => planned;

/** The session for a program day at the levels the policy picks. */
export function buildSession(day: number, policy: LevelPolicy = AS_PLANNED): PlannedSession {
	if (!Number.isInteger(day) || day < 1 || day > PROGRAM_DAYS) throw new Error(`No day ${day}`);
	const week = weekOf(day);
	const kind = dayKind(day);
	const main = kind === 'light' ? week.light : week[kind];
	const coolDown = kind === 'light' ? week.lightCoolDown : week.coolDown;
	const level = (id: string) => policy(chainId(id), plannedLevel(id, day));
	const items = fitToBounds([
		...main.map((id) => itemAt(id, level(id), 'main')),
		...coolDown.map((id) => itemAt(id, level(id), 'cool-down'))
	]);
	return { day, week: week.week, theme: week.theme, kind, items, seconds: sessionSeconds(items) };
}

/**
 * Gentle stretches for a day when tension is building (the daily check-in's suggestion), or any
 * time: breathing, then the program's stretches at their first dose, no strength work.
 */
export const STRETCH_SESSION_IDS = [
	'diaphragmatic-breathing',
	'knee-rolls',
	'single-knee-to-chest',
	'figure-4-stretch',
	'hamstring-stretch',
	'cat-camel',
	'childs-pose',
	'body-scan-relaxation'
];

/**
 * Practice: one exercise outside the program, with the camera, one open-ended set the person
 * ends when they like. No pain questions: it is for learning the movement, not a session.
 */
export function practiceSession(exerciseId: string): PlannedSession {
	const exercise = getExercise(exerciseId);
	return {
		day: 0,
		week: null,
		theme: `Practise: ${exercise.name}`,
		kind: 'practice',
		items: [
			{
				exerciseId,
				chain: chainId(exerciseId),
				level: 0,
				dose: { sets: 1, reps: 1, holdSeconds: 0, restSeconds: 0 },
				section: 'main'
			}
		],
		seconds: 0
	};
}

export function stretchSession(): PlannedSession {
	const items = STRETCH_SESSION_IDS.map((id) => itemAt(id, 0, 'main'));
	return {
		day: 0,
		week: null,
		theme: 'Stretch and ease',
		kind: 'stretch',
		items,
		seconds: sessionSeconds(items)
	};
}

/**
 * A lighter version of a day for high pain before it: every exercise takes the flare-up step
 * back (an easier variant, or three rungs down) and one set. Not stretched to the usual minimum
 * length: a short session is the point.
 */
export function lighterSession(session: PlannedSession): PlannedSession {
	const items = session.items.map((item) => {
		const level = stepBackLevel(item.chain, item.level);
		const step = stepAt(item.chain, level);
		return { ...item, exerciseId: step.exerciseId, level, dose: { ...step.dose, sets: 1 } };
	});
	return { ...session, items, seconds: sessionSeconds(items), lighter: true };
}
