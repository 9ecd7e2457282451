import { DISCLAIMER } from '../safety/disclaimer';
import {
	DOCTOR_TITLE,
	EMERGENCY_TITLE,
	RED_FLAG_PAIN,
	RED_FLAG_QUESTIONS
} from '../safety/red-flags';
import { EXERCISES, getExercise, variantChain } from './catalogue';
import { formatDose, formatMinutes } from './format';
import { doseSteps } from './ladder';
import {
	buildSession,
	LIGHT_DAY_LEVELS_DOWN,
	stretchSession,
	SESSION_MAX_SECONDS,
	SESSION_MIN_SECONDS
} from './plan';
import { renderReliefDoc } from '../relief/doc';
import { SHORT_BRIEFING_AFTER } from './briefing';
import { PAIN_RULES, PHYSIO_RULES } from './rules';
import { TIMING } from './timing';
import type { Exercise, ExerciseCategory } from './types';
import { DAY_PATTERN, PROGRAM_DAYS, WEEKS } from './weeks';

const CATEGORY_TITLES: Record<ExerciseCategory, string> = {
	relief: 'Relief and calm',
	brace: 'The brace',
	strength: 'Core and glutes',
	mobility: 'Stretch and mobility'
};

const POSITION_NAMES: Record<Exercise['position'], string> = {
	'supine-hook-lying': 'lying on the back, knees bent (hook-lying)',
	'side-lying': 'side-lying',
	'four-point-kneeling': 'four-point kneeling (hands and knees)',
	standing: 'standing',
	sitting: 'sitting',
	'half-kneeling': 'half-kneeling'
};

const list = (items: readonly string[]) => items.map((i) => `- ${i}`).join('\n');
const numbered = (items: readonly string[]) => items.map((i, n) => `${n + 1}. ${i}`).join('\n');
const name = (id: string) => `${getExercise(id).name} (\`${id}\`)`;

function exerciseSection(e: Exercise): string {
	const camera =
		e.camera === 'none'
			? 'not camera-checked'
			: `${e.camera} view; checks: ${e.checks.map((c) => `\`${c}\``).join(', ')}`;
	const ladder = doseSteps(e).map((d) => formatDose(e, d));
	const lines = [
		`### ${e.name} (\`${e.id}\`)`,
		'',
		e.purpose,
		'',
		`- **Position:** ${POSITION_NAMES[e.position]}; arms: ${e.arms.replace(/-/g, ' ')}`,
		`- **Camera:** ${camera}`,
		`- **Strengthens:** ${e.strengthens.join(', ') || 'nothing (relief or stretch)'}`,
		`- **Stretches:** ${e.stretches.join(', ') || 'nothing'}`,
		`- **Starting dose:** ${formatDose(e, e.dose)}`,
		`- **Most the program asks for:** ${formatDose(e, e.maxDose)}`,
		`- **Easier variant:** ${e.easier ? name(e.easier) : 'none'}; **harder variant:** ${e.harder ? name(e.harder) : 'none'}`,
		'',
		'**Instructions**',
		'',
		numbered(e.instructions),
		'',
		`**Spoken cues:** ${e.cues.map((c) => `"${c}"`).join(', ')}`,
		'',
		'**Common mistakes**',
		'',
		list(e.mistakes),
		'',
		'**Safety**',
		'',
		list(e.safety),
		'',
		`<details><summary>Dose steps (${ladder.length})</summary>\n\n${numbered(ladder)}\n\n</details>`
	];
	return lines.join('\n');
}

function daySection(day: number): string {
	const session = buildSession(day);
	const kind =
		session.kind === 'light' ? 'lighter day' : `standard day ${session.kind.toUpperCase()}`;
	const rows = session.items.map((item) => {
		const e = getExercise(item.exerciseId);
		const section = item.section === 'main' ? 'main' : 'cool-down';
		return `| ${e.name} | ${section} | ${formatDose(e, item.dose)} | ${item.level + 1} |`;
	});
	return [
		`#### Day ${day}: ${kind}, about ${formatMinutes(session.seconds)}`,
		'',
		'| Exercise | Part | Dose | Level |',
		'| --- | --- | --- | --- |',
		...rows
	].join('\n');
}

function rulesSection(): string {
	const chains = EXERCISES.filter((e) => !e.easier && e.harder).map((e) =>
		variantChain(e.id)
			.map((v) => v.name)
			.join(' → ')
	);
	const unlocks = WEEKS.filter((w) => w.unlocks.length > 0).map(
		(w) => `week ${w.week}: ${w.unlocks.map((id) => getExercise(id).name).join(', ')}`
	);
	const pattern = DAY_PATTERN.map((k) => (k === 'light' ? 'light' : k.toUpperCase())).join(', ');
	return `## How the program progresses

- Each week has two standard sessions (A and B) that alternate, so most exercises get a day off between exposures, and two lighter days. The weekly pattern is: ${pattern}.
- Every exercise climbs a ladder of doses from its starting dose to its maximum, one small change per step: the hold time, the reps or the sets, whichever is furthest behind. Holds grow a second at a time (5 s to 10 s); long stretch holds grow 5 s at a time; walking and breathing grow 30 s at a time.
- An exercise moves up one step for each earlier standard day that included it. Lighter days use a level ${LIGHT_DAY_LEVELS_DOWN} steps lower.
- When an exercise reaches the top of its ladder, the next step is its harder variant at that variant's starting dose. Variant ladders: ${chains.join('; ')}.
- Harder variants are held back until their week: ${unlocks.join('; ')}.
- Sessions are kept between ${formatMinutes(SESSION_MIN_SECONDS)} and ${formatMinutes(SESSION_MAX_SECONDS)}: a longer session loses sets (then reps) from its longest exercise; a shorter one first lengthens its breathing, relaxation or walking by 30 s at a time, then gains a set on its shortest exercise.
- Before an exercise's first set the player says and shows every instruction, the safety lines and the most common mistake; the mistake is said again in the rest before each later set. Once the person has done an exercise in ${SHORT_BRIEFING_AFTER} sessions, they hear the short version: the starting position, the safety lines and the mistake.
- The planned session time counts ${TIMING.introMs / 1000} s to introduce each exercise and the time to say its short briefing (at least ${TIMING.demoMs / 1000} s; the full briefing the first times runs longer, and the player and Today show that real length), a ${TIMING.getReadyMs / 1000} s "3, 2, 1" before each set, ${TIMING.relaxMs / 1000} s to relax between holds, ${TIMING.sideSwitchMs / 1000} s to change sides and the rest between sets.
- Missed days do not break the program: it continues with the next day not yet done. A person can repeat or skip a day. An exercise never starts above its first step because days were skipped, and never goes more than one step above the last level the person managed.

## Pain rules

Pain is rated 0-10 before and after every session, and again the next morning. The rules follow the pain-monitoring model: some discomfort during and after exercise is fine as long as it stays moderate and settles by the next morning.

${list(PAIN_RULES)}

## When to see a physiotherapist or doctor

Today shows "see a physiotherapist or doctor", with the reason, when:

${list(PHYSIO_RULES)}

## Safety screening

At first start, and whenever pain is logged at ${RED_FLAG_PAIN} or more, the person answers these questions. Any yes stops the app: a yes to an emergency sign says "${EMERGENCY_TITLE}", any other yes "${DOCTOR_TITLE}". The program pauses and nothing else is offered, not even the relief flow, until the person confirms a doctor has seen them.

${numbered(RED_FLAG_QUESTIONS.map((q) => `${q.question} (${q.urgency === 'emergency' ? 'emergency' : 'see a doctor today'})`))}

${renderReliefDoc()}
## Stretch session

Suggested when the daily tension check-ins climb, or at any time, about ${formatMinutes(stretchSession().seconds)}: ${stretchSession()
		.items.map(
			(i) => `${getExercise(i.exerciseId).name} (${formatDose(getExercise(i.exerciseId), i.dose)})`
		)
		.join('; ')}.
`;
}

/** The whole program in words, for review by a physiotherapist; docs/program.md is this text. */
export function renderProgramDoc(): string {
	const categories = Object.keys(CATEGORY_TITLES) as ExerciseCategory[];
	const exercises = categories.map((c) =>
		[
			`## Exercises: ${CATEGORY_TITLES[c]}`,
			...EXERCISES.filter((e) => e.category === c).map(exerciseSection)
		].join('\n\n')
	);
	const weeks = WEEKS.map((w) => {
		const days = Array.from({ length: 7 }, (_, i) => (w.week - 1) * 7 + i + 1).filter(
			(d) => d <= PROGRAM_DAYS
		);
		return [`### Week ${w.week}: ${w.theme}`, w.summary, ...days.map(daySection)].join('\n\n');
	});
	return `<!-- Generated by \`npm run program:doc\` from src/lib/core/program. Do not edit by hand. -->

# Brace: the 28-day program

${DISCLAIMER.paragraphs.map((p) => `> ${p}`).join('\n>\n')}

This document is generated from the code that runs the program, so it is exactly what the app does. It lists every exercise, then the 28 days as planned (before any pain-based adjustment), then the rules for progression, pain and safety.

The approach follows physiotherapy advice for recurring back muscle spasms: strengthen the abdominals and glutes rather than the back extensors (no back extensions, "supermans" or similar), learn a light flat-back brace and use it in daily life (walking, getting up, lifting), and relieve spasms with knees-to-chest positions, breathing and relaxation.

${exercises.join('\n\n')}

## The 28 days

Levels count from 1 along each exercise's ladder (see "Dose steps" above). Durations include demonstrations, transitions and rests.

${weeks.join('\n\n')}

${rulesSection()}`;
}
