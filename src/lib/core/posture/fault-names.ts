/** Fault codes in plain words, for summaries, history and the clinician report. */
import type { FaultCode } from './rules/types';

export const FAULT_NAMES: Record<FaultCode, string> = {
	'back-arched': 'lower back arched',
	'hips-lifted': 'hips lifted off the floor',
	'too-fast': 'moving too fast',
	'chest-out': 'chest pushed out',
	'pelvis-tipped-forward': 'bottom pushed back',
	'leaning-forward': 'leaning forward',
	'hips-low': 'hips not high enough',
	'back-overarched': 'back over-arched at the top',
	'back-sagging': 'back sagging',
	'leg-too-high': 'leg above hip height',
	'arm-too-high': 'arm above shoulder height',
	'hips-sagging': 'hips sagging',
	'head-too-high': 'head lifted too high',
	'knee-bent': 'knee bent'
};

/** A fault's plain name; an unknown code (a newer backup) is shown as it is. */
export function faultName(code: string): string {
	return (FAULT_NAMES as Record<string, string>)[code] ?? code.replace(/-/g, ' ');
}

/** "m:ss" for a time in seconds within a set. */
export function setTime(seconds: number): string {
	const s = Math.max(0, Math.round(seconds));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
