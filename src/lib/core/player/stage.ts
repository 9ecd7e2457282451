import type { DemoMoment } from '../demo/clip';
import { sideName } from './lines';
import type { PlayerView } from './view';

/**
 * The look of the player's stage, readable from across a room: a tone that colours the whole
 * stage (work, rest, getting ready, watching), the one word for it, and the count.
 */
export type StageTone = 'watch' | 'ready' | 'work' | 'rest' | 'paused' | 'ask' | 'done';

export interface StageText {
	tone: StageTone;
	/** One word, large: HOLD, REST, GET READY… */
	word: string;
	/** "Hold 3 of 6 · left side", "Rep 5 of 8 · left side", "Set 2 of 3"; may be empty. */
	count: string;
}

const plain = (view: PlayerView): StageTone => {
	switch (view.stepKind) {
		case 'pain-check':
			return 'ask';
		case 'summary':
			return 'done';
		case 'intro':
		case 'demo':
			return 'watch';
		case 'rest':
		case 'cool-down':
			return 'rest';
		case 'switch-side':
			return 'ready';
		case 'set':
			if (view.phase === 'get-ready') return 'ready';
			if (view.phase === 'relax') return 'rest';
			return 'work';
	}
};

const WORDS: Record<string, string> = {
	intro: 'Coming up',
	demo: 'Watch',
	rest: 'Rest',
	'switch-side': 'Change sides',
	'cool-down': 'Cool-down',
	'get-ready': 'Get ready',
	hold: 'Hold',
	relax: 'Relax',
	rep: 'Go',
	timed: 'Keep going',
	open: 'Practise'
};

export function stageText(view: PlayerView): StageText {
	const tone = view.status === 'paused' ? 'paused' : plain(view);
	let word = view.phase ? (WORDS[view.phase] ?? '') : (WORDS[view.stepKind] ?? '');
	if (view.breath) word = view.breath.phase === 'in' ? 'Breathe in' : 'Breathe out';
	const side = view.side ? sideName(view.side).toLowerCase() : '';
	const set = view.sets && view.sets > 1 && view.set ? `set ${view.set} of ${view.sets}` : '';
	const parts: string[] = [];
	if (view.count && (view.phase === 'hold' || view.phase === 'relax')) {
		parts.push(
			view.phase === 'hold'
				? `Hold ${view.count.n} of ${view.count.of}`
				: `${view.count.n} of ${view.count.of} done`
		);
	} else if (view.count && view.phase === 'rep') {
		parts.push(`Rep ${view.count.n} of ${view.count.of}`);
	}
	if (side) parts.push(side);
	if (set) parts.push(set);
	const count = parts.join(' · ');
	return { tone, word, count: count.charAt(0).toUpperCase() + count.slice(1) };
}

/** What the demonstration shows now, in step with the voice. */
export function demoMoment(view: PlayerView): DemoMoment {
	if (view.stepKind === 'set') {
		if (view.phase === 'hold') return { kind: 'hold', elapsedMs: view.phaseElapsedMs };
		if (view.phase === 'rep')
			return { kind: 'rep', elapsedMs: view.phaseElapsedMs, ms: view.phaseMs };
		if (view.phase === 'timed') return { kind: 'loop', elapsedMs: view.phaseElapsedMs };
		return { kind: 'start' };
	}
	if (view.stepKind === 'demo') return { kind: 'watch', elapsedMs: view.phaseElapsedMs };
	return { kind: 'start' };
}
