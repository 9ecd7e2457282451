/**
 * What the voice-led relief flow says, step by step, for a person lying on the floor in a spasm.
 * Positions follow the source texts (seed 001): onto the side, knees to the chest, belly sucked
 * in to round the back; change position as needed; cold or heat, whichever helps.
 */
import { speechMs } from '../program/briefing';
import { RELIEF_RED_FLAG_SENTENCE } from '../safety/red-flags';

export interface ScriptLine {
	text: string;
	atMs: number;
}

export type ReliefStep =
	/** Timed and spoken; the flow moves on by itself. */
	| { kind: 'guide'; id: string; title: string; lines: ScriptLine[]; ms: number }
	/** A change of position: waits for "ready" or a tap, repeating the prompt now and then. */
	| {
			kind: 'wait';
			id: string;
			title: string;
			prompt: string;
			reminder: string;
			choices: { id: string; label: string }[];
	  }
	/** Cold or heat: the person picks (or skips), then a timer runs. */
	| { kind: 'therapy'; id: 'therapy'; title: string; prompt: string };

/** Waiting prompts are said again this often, gently, until the person answers. */
export const WAIT_REMINDER_MS = 45_000;

/** Lines one after another, each when the one before has had time to be said. */
function spoken(texts: string[], gapMs = 1500, startMs = 0): ScriptLine[] {
	let at = startMs;
	return texts.map((text) => {
		const line = { text, atMs: at };
		at += speechMs(text) + gapMs;
		return line;
	});
}

const end = (lines: ScriptLine[], padMs: number) => {
	const last = lines.at(-1);
	return last ? last.atMs + speechMs(last.text) + padMs : padMs;
};

function guide(id: string, title: string, lines: ScriptLine[], ms?: number): ReliefStep {
	return { kind: 'guide', id, title, lines, ms: ms ?? end(lines, 1000) };
}

const REDFLAG_LINES = spoken([RELIEF_RED_FLAG_SENTENCE]);

const FETAL_LINES: ScriptLine[] = [
	...spoken([
		'Bring your knees up towards your chest, as far as is comfortable. A pillow under your head or between your knees can help.',
		'Now suck your belly in, as if you were pushing your back towards the wall behind you. Your back rounds gently.'
	]),
	{ text: 'Knees to your chest, belly in, back rounded. Breathe slowly.', atMs: 35_000 },
	{ text: 'With each breath out, let your back muscles let go a little more.', atMs: 60_000 },
	{
		text: 'If it starts to grip again, change position a little. Moving every minute or two is fine.',
		atMs: 85_000
	}
];

/** In for four, out for six, six times. */
const BREATH_LINES: ScriptLine[] = [
	{ text: 'Stay curled up and breathe with me, slowly, into your belly.', atMs: 0 },
	...Array.from({ length: 6 }, (_, i) => [
		{
			text: i === 0 ? 'In through your nose, two, three, four.' : 'In, two, three, four.',
			atMs: 5_000 + i * 10_000
		},
		{ text: 'And out through your mouth, slowly.', atMs: 9_000 + i * 10_000 }
	]).flat()
];

/** The body scan names each part in turn; the back is noticed, never tightened. */
export const BODY_PARTS: readonly { part: string; text: string }[] = [
	{
		part: 'feet',
		text: 'Your feet. Tighten them gently as you breathe in, and let go as you breathe out.'
	},
	{ part: 'calves', text: 'Your calves. Tighten them a little, and let them go.' },
	{ part: 'thighs', text: 'Your thighs. Squeeze gently, and let them soften.' },
	{ part: 'buttocks', text: 'Your buttocks. Squeeze lightly, and let go.' },
	{ part: 'belly', text: 'Your belly. Draw it in a little, and let it go.' },
	{
		part: 'hands and arms',
		text: 'Your hands and arms. Make a soft fist, and let your arms go heavy.'
	},
	{
		part: 'shoulders',
		text: 'Your shoulders. Lift them a little towards your ears, and let them drop.'
	},
	{
		part: 'jaw and face',
		text: 'Your jaw and face. Let your teeth part and your forehead smooth out.'
	},
	{
		part: 'back',
		text: 'And your back. Do not tighten it. Just notice it, and let it soften with your next breath out.'
	}
];

const SCAN_LINES: ScriptLine[] = [
	{ text: 'Now a slow body scan, from your feet up.', atMs: 0 },
	...BODY_PARTS.map((p, i) => ({ text: p.text, atMs: 4_000 + i * 10_000 })),
	{ text: 'Notice how your back feels now.', atMs: 4_000 + BODY_PARTS.length * 10_000 }
];

const GET_UP_LINES = spoken([
	'When the grip eases, get up slowly: roll onto your side, push up with your arms, and come up with a light brace, belly gently in.',
	'Short, gentle walks help more than lying still all day. Soreness for a few days after a spasm is normal.'
]);

export const RELIEF_SCRIPT: readonly ReliefStep[] = [
	guide('red-flags', 'Before we start', REDFLAG_LINES, end(REDFLAG_LINES, 3000)),
	{
		kind: 'wait',
		id: 'onto-side',
		title: 'Onto your side',
		prompt:
			'Slowly lower yourself onto your side, on the floor, a bed or a sofa, whichever is nearest. Take your time. Say ready, or tap the screen, when you are on your side.',
		reminder: 'Take your time. Say ready, or tap the screen, when you are on your side.',
		choices: [{ id: 'ready', label: "I'm on my side" }]
	},
	guide('fetal', 'Knees to your chest', FETAL_LINES, 100_000),
	guide('breathing', 'Breathe slowly', BREATH_LINES, 65_000),
	{
		kind: 'wait',
		id: 'onto-back',
		title: 'Change position',
		prompt:
			'When you are ready, roll slowly onto your back, knees bent and feet flat. If your back does not like it, stay on your side. Say ready, or tap, when you are settled.',
		reminder: 'No rush. Say ready, or tap the screen, when you are settled.',
		choices: [
			{ id: 'ready', label: "I'm on my back" },
			{ id: 'side', label: 'Stay on my side' }
		]
	},
	guide('body-scan', 'Body scan', SCAN_LINES),
	{
		kind: 'therapy',
		id: 'therapy',
		title: 'Cold or heat',
		prompt:
			'Cold or heat can help too: either can, so pick the one that feels better to you, or skip it.'
	},
	guide('get-up', 'Getting up', GET_UP_LINES)
];

export const CLOSING_LINE =
	'That is the end of the relief session. Stay as long as you need. When you feel ready, log what happened in a few taps.';

export const EMERGENCY_LINE =
	'Call for help now. Call your local emergency number, or ask someone to take you to an emergency department. Do not do any exercises.';
