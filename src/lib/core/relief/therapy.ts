/** Cold or heat during a spasm: how long, how often, and what the voice says at the start and end. */

export type TherapyMode = 'cold' | 'heat';

/** 10-20 minutes at a time (seed 002 allows up to 25 for ice; we keep to the cautious range). */
export const THERAPY_MINUTES = [10, 15, 20] as const;
export type TherapyMinutes = (typeof THERAPY_MINUTES)[number];
export const DEFAULT_THERAPY_MINUTES: TherapyMinutes = 15;

const PACK: Record<TherapyMode, string> = {
	cold: 'the cold pack, or frozen peas,',
	heat: 'the heat pack or hot water bottle'
};

export function therapyStartLine(mode: TherapyMode, minutes: number): string {
	const extra = mode === 'heat' ? ' Do not fall asleep on it.' : '';
	return `Wrap ${PACK[mode]} in a cloth or towel, never straight on the skin, and rest it on the sore area.${extra} I will tell you when ${minutes} minutes are up.`;
}

export function therapyEndLine(mode: TherapyMode): string {
	return mode === 'cold'
		? 'Time is up. Take the cold pack off now and check your skin. In the first days you can use cold up to two or three times a day; after that, heat often helps more.'
		: 'Time is up. Take the heat off now and check your skin. You can use it again later, up to two or three times a day.';
}

/** Shown next to the timer: the same rules as the Learn article on ice and heat. */
export const THERAPY_RULES: readonly string[] = [
	'Always wrapped in a cloth or towel, never straight on the skin.',
	'10 to 20 minutes at a time, up to 2 or 3 times a day in the first days, then heat often helps more.',
	'Never on numb skin, and never fall asleep on a heat pad.'
];
