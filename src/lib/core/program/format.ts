import { repsInSet } from './ladder';
import type { Dose, Exercise } from './types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function sideNote(exercise: Exercise): string {
	if (exercise.sided === 'each') return ' each side';
	if (exercise.sided === 'alternate') return ' each side, alternating';
	return '';
}

/** A dose in words, as the program page and the physiotherapist's document show it. */
export function formatDose(exercise: Exercise, dose: Dose): string {
	const sets = plural(dose.sets, 'set');
	const rest =
		dose.sets > 1 && dose.restSeconds > 0 ? `, ${dose.restSeconds} s rest between sets` : '';
	if (exercise.mode === 'timed') return `${formatSeconds(dose.holdSeconds)}${rest}`;
	if (dose.descending) {
		const pyramid = Array.from({ length: dose.sets }, (_, i) => repsInSet(dose, i)).join(', ');
		return `${sets} as a descending pyramid (${pyramid} holds) of ${dose.holdSeconds} s${sideNote(exercise)}${rest}`;
	}
	if (exercise.mode === 'reps') {
		const tempo = exercise.repSeconds ? ` (about ${exercise.repSeconds} s each)` : '';
		return `${sets} of ${plural(dose.reps, 'rep')}${sideNote(exercise)}${tempo}${rest}`;
	}
	return `${sets} of ${plural(dose.reps, 'hold')} × ${dose.holdSeconds} s${sideNote(exercise)}${rest}`;
}

export function formatSeconds(seconds: number): string {
	if (seconds < 60) return `${seconds} s`;
	const m = Math.floor(seconds / 60);
	const s = seconds % 60;
	return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

export function formatMinutes(seconds: number): string {
	return `${Math.round(seconds / 60)} min`;
}
