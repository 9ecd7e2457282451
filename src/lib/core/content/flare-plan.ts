/**
 * The flare-up plan: what to do in the first days of a spasm, when to restart the program and
 * when to get help. Built from the seeds (001: positions, soreness for days, sleep; 002: rest
 * only briefly, ice then heat) and NICE NG59, with the app's own rules quoted from the code.
 */
import { RESUME_GOOD_DAYS, RESUME_MAX_PAIN } from '../program/pause';
import { FLARE_WINDOW_DAYS, FLARES_FOR_PROMPT } from '../program/see-physio';
import { THERAPY_RULES } from '../relief/therapy';

export interface PlanSection {
	id: string;
	title: string;
	intro?: string;
	points: string[];
}

export const FLARE_PLAN_INTRO =
	'A spasm is frightening and can hurt a lot, but on its own it is rarely a sign of damage. Most settle within days. This is what to do, day by day.';

export const FLARE_PLAN: readonly PlanSection[] = [
	{
		id: 'now',
		title: 'Right now',
		points: [
			'Start the relief session: tap Spasm now. It is spoken, so you can follow it lying down.',
			'Get onto your side, bring your knees towards your chest, and suck your belly in to round your back. This opens the joints of the lower back and lets the muscles let go.',
			'Breathe slowly: in through your nose for four, out through your mouth for six.'
		]
	},
	{
		id: 'days-1-3',
		title: 'Days 1 to 3',
		points: [
			'Keep moving gently. Short walks around your home every hour or so help more than lying still; bed rest for more than a day slows recovery.',
			'When it grips, change position every minute or two: lying on your side, on your back with your knees bent, sitting in a recliner, or standing for a moment. Whatever is comfortable is right.',
			'To sleep, lie on your side with your knees drawn up a little and a pillow between your knees, or try a recliner.',
			'Use the relief session as often as you like.',
			...THERAPY_RULES.map(
				(rule) => `Cold or heat: ${rule.charAt(0).toLowerCase()}${rule.slice(1)}`
			),
			'For pain relief, ask a pharmacist what is safe for you to take, and follow the label. Tell them about any other medicines and conditions you have.',
			'Soreness for a few days after a spasm is normal: the muscles have worked very hard. It does not mean harm, and it fades as you keep moving.'
		]
	},
	{
		id: 'restart',
		title: 'When to restart the program',
		points: [
			`Restart when your pain has been ${RESUME_MAX_PAIN} or less on ${RESUME_GOOD_DAYS} days. While the program is paused, Today asks how your back is once a day and tells you when you are there.`,
			'The program restarts at easier levels: each exercise drops to its easier version, or a few steps down, and moves up again once a session goes comfortably.',
			'You can choose to restart sooner, after reading why the program waits. If the pain comes back during a session, stop and use the relief session.'
		]
	},
	{
		id: 'help',
		title: 'When to get help',
		intro:
			'Go to an emergency department now, or call your local emergency number, for any of the emergency signs below. See a doctor today for the others.',
		points: [
			`See a physiotherapist or doctor if the pain is not getting better after a week or two, if you have ${FLARES_FOR_PROMPT} flare-ups in ${FLARE_WINDOW_DAYS / 7} weeks, or if it stops you sleeping or working. Brace reminds you on Today.`,
			'Hands-on treatment from a manual therapist (a physiotherapist with manual therapy training), a chiropractor or a massage therapist can ease a spasm for a while. It works best alongside exercise, not instead of it.'
		]
	},
	{
		id: 'after',
		title: 'When it has settled',
		points: [
			'Log the episode in a few taps: what came before it often shows what sets your spasms off.',
			'Notice the early tightness before a spasm: the daily tension check-in helps you see it climbing, and a relief or stretch session then can stop it.'
		]
	}
];

/** The whole plan as plain text, for reading aloud. */
export function flarePlanText(redFlags: readonly string[]): string {
	return [
		FLARE_PLAN_INTRO,
		...FLARE_PLAN.flatMap((s) => [s.title + '.', ...(s.intro ? [s.intro] : []), ...s.points]),
		'The warning signs are:',
		...redFlags
	].join(' ');
}
