import { stepMs, type Step } from './steps';

/** Back within this long of a step's start goes to the previous step; later, it restarts the step. */
export const RESTART_WITHIN_MS = 2000;

const PASSING = new Set<Step['kind']>(['rest', 'switch-side', 'cool-down']);

/**
 * Where Back goes: the same step when it has run a while, else the previous step a person
 * would want to redo (rests and announcements are passed over), never the opening pain check.
 */
export function backTarget(steps: readonly Step[], index: number, elapsedMs: number): number {
	const step = steps[index];
	if (!step || index === 0) return index;
	if (elapsedMs > RESTART_WITHIN_MS && stepMs(step) !== null) return index;
	let target = index - 1;
	while (target > 0 && PASSING.has(steps[target]?.kind ?? 'summary')) target--;
	return Math.max(1, target);
}

/**
 * Where Skip goes and which steps it leaves undone: a pain check or announcement moves on; the
 * intro or demo skips to the first set; a set, rest or side change skips the rest of the exercise.
 */
export function skipTarget(
	steps: readonly Step[],
	index: number
): { target: number; skipped: string[] } {
	const step = steps[index];
	if (!step || step.kind === 'summary') return { target: index, skipped: [] };
	if (step.kind === 'pain-check') return { target: index + 1, skipped: [] };
	if (step.kind === 'cool-down') return { target: index + 1, skipped: [step.id] };
	const skipped = [step.id];
	let next = index + 1;
	if (step.kind === 'intro' || step.kind === 'demo') {
		while (steps[next]?.kind === 'demo') next++;
		return { target: next, skipped };
	}
	for (; next < steps.length; next++) {
		const s = steps[next];
		if (!s || !('item' in s) || s.item !== step.item) break;
		if (s.kind === 'set') skipped.push(s.id);
	}
	return { target: next, skipped };
}
