/** The adaptation rules in words, built from the constants the code uses, for docs/program.md. */
import {
	BASELINE_RISE_MAX,
	FLARE_PAIN,
	FORM_HOLD_BELOW,
	HOLD_MAX_PAIN,
	MORNING_RISE_STEP_BACK,
	PROGRESS_MAX_PAIN
} from './adapt';
import { STEP_BACK_LEVELS } from './ladder';
import { HIGH_PAIN_BEFORE, RESUME_GOOD_DAYS, RESUME_MAX_PAIN } from './pause';
import {
	FLARE_WINDOW_DAYS,
	FLARES_FOR_PROMPT,
	IMPROVEMENT_POINTS,
	NO_IMPROVEMENT_DAYS
} from './see-physio';

export const PAIN_RULES: readonly string[] = [
	`Pain before the session is the baseline. Pain ${HIGH_PAIN_BEFORE} or more before a session asks the safety questions; when they are all "no", the person is offered the relief session or a lighter version of the day at once (each exercise takes the flare-up step back below, one set each). The choice is kept in the plan's history, and the plan does not step up at the next session. The full planned dose never simply runs on.`,
	`After a session, pain ${PROGRESS_MAX_PAIN} or less and no more than ${BASELINE_RISE_MAX} above the baseline: progress as planned, provided the next-morning check does not step back.`,
	`Pain ${PROGRESS_MAX_PAIN + 1}-${HOLD_MAX_PAIN} after the session (and no more than ${BASELINE_RISE_MAX} above the baseline), a session ended early, or the lighter version of a day: hold (the exercises stay at the level just done; none steps up next session).`,
	`Pain above ${HOLD_MAX_PAIN} after the session, or more than ${BASELINE_RISE_MAX} above the baseline (for example 1 before and 4 after): step back one step on each exercise the session trained. The next session does not step up again.`,
	`The next morning: a rise of ${MORNING_RISE_STEP_BACK} or more over the after-session score, or pain above ${HOLD_MAX_PAIN}, steps back one step on the exercises of that session; smaller changes are normal day-to-day noise. Pain ${PROGRESS_MAX_PAIN + 1}-${HOLD_MAX_PAIN} in the morning holds.`,
	`Pain ${FLARE_PAIN} or more (after a session, the next morning, or a logged spasm) is a flare-up: the plan pauses, every exercise takes a bigger step back (to its easier variant, 2 steps below that variant's top dose, or ${STEP_BACK_LEVELS} steps down where there is no easier variant), the safety questions are asked again and the relief session is offered.`,
	`Control counts as well as pain: when the camera was on and an exercise's form score (the share of its working time in good form) was under ${FORM_HOLD_BELOW}%, that exercise stays at its level even when pain allows more, for example "we'll keep the glute bridge at this level until your hips stay up". It moves on once a session shows good form, or one is done without the camera.`,
	`Resuming after a flare-up pause needs ${RESUME_GOOD_DAYS} days with pain at ${RESUME_MAX_PAIN} or less (a day counts by its highest rating; days without a rating are passed over), or the person's explicit choice after reading why the plan waits. The plan resumes at the easier levels and does not step up until a session goes comfortably.`,
	'Every decision is shown to the person with its reason, for example "We kept yesterday\'s level because your pain was 5 after the session."'
];

export const PHYSIO_RULES: readonly string[] = [
	`Pain has not improved over ${NO_IMPROVEMENT_DAYS} days: the average of the last week is above ${PROGRESS_MAX_PAIN} and not at least ${IMPROVEMENT_POINTS} point below the week before.`,
	`${FLARES_FOR_PROMPT} flare-ups on different days within ${FLARE_WINDOW_DAYS} days (flare-up pauses, logged spasms and high pain before a session all count).`,
	'At the end of the 28 days, pain before the last three sessions is no lower than before the first three (and not zero).'
];
