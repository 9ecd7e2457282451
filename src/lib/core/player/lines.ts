import type { Exercise } from '../program/types';
import type { Side } from '../program/timing';

/** The words the player speaks and captions, kept together so they read as one voice. */
export const LINES = {
	painBefore: 'Before we start: how much pain do you have right now, from 0 to 10?',
	painAfter: 'How much pain do you have now, from 0 to 10?',
	coolDown: 'Well done. Now the cool-down.',
	hold: 'Hold',
	go: 'Go',
	relax: 'Relax',
	done: 'Done',
	switchSides: 'Change sides',
	paused: 'Paused',
	resumed: 'Carry on',
	goodForm: 'Good',
	complete: 'Session complete. Well done.',
	partial: 'Session saved. Well done for what you did today.',
	gentle: 'Go gently today. Stop any exercise that hurts, or use the Relief session instead.',
	highPain:
		'Your pain is high. Before carrying on, please answer a few safety questions, or use the Relief session instead.'
} as const;

export function introLine(exercise: Exercise, first: boolean): string {
	return first ? exercise.name : `Next: ${exercise.name}`;
}

export function sideName(side: Side): string {
	return side === 'left' ? 'Left side' : 'Right side';
}

export function setLine(set: number, sets: number, side: Side | null): string {
	const parts: string[] = [];
	if (sets > 1) parts.push(`Set ${set + 1} of ${sets}`);
	if (side) parts.push(sideName(side));
	return parts.join(', ');
}

export function restLine(seconds: number): string {
	return `Rest ${seconds} seconds`;
}

/** The exercise's cues in turn, so a long hold does not repeat the same phrase. */
export function cueAt(exercise: Exercise, n: number): string {
	return exercise.cues[n % exercise.cues.length] ?? exercise.name;
}

/** The line for the n-th breath in or out of a breath-paced exercise. */
export function breathLine(exercise: Exercise, phase: 'in' | 'out', n: number): string {
	const lines = exercise.breathing?.[phase] ?? [];
	return lines[n % Math.max(1, lines.length)] ?? (phase === 'in' ? 'Breathe in' : 'Breathe out');
}
