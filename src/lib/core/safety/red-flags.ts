import type { PainScore } from '../records';

export type RedFlagId =
	| 'bladder-bowel'
	| 'saddle-numbness'
	| 'sexual-function'
	| 'both-legs'
	| 'leg-weakness'
	| 'balance'
	| 'one-side-numbness'
	| 'leg-numbness'
	| 'fever-weight-loss'
	| 'trauma'
	| 'night-pain'
	| 'cancer'
	| 'steroids-immune'
	| 'age';

export type RedFlagUrgency = 'emergency' | 'doctor';

export interface RedFlagQuestion {
	id: RedFlagId;
	question: string;
	/** The same sign as a statement, for lists ("See a doctor now if you have any of these"). */
	sign: string;
	/** emergency: go to an emergency department now; doctor: see a doctor today. */
	urgency: RedFlagUrgency;
}

/**
 * Asked at first start and whenever pain is logged at 7 or more: the cauda equina warning signs
 * and the other red flags of NICE NG59 and the source texts, the emergency ones first.
 */
export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = [
	{
		id: 'bladder-bowel',
		question:
			'Have you lost control of your bladder or bowels, or found you cannot pass urine, since the back pain started?',
		sign: 'Loss of control of your bladder or bowels, or being unable to pass urine',
		urgency: 'emergency'
	},
	{
		id: 'saddle-numbness',
		question:
			'Do you have numbness or tingling in the groin, between the legs or around the bottom (the "saddle" area)?',
		sign: 'Numbness or tingling in the groin, between the legs or around the bottom (the "saddle" area)',
		urgency: 'emergency'
	},
	{
		id: 'sexual-function',
		question:
			'Since the back pain started, have you noticed numbness of the genitals, or new problems with erections or sexual sensation?',
		sign: 'New numbness of the genitals, or new problems with erections or sexual sensation',
		urgency: 'emergency'
	},
	{
		id: 'both-legs',
		question: 'Do you have pain, numbness or pins and needles going down both legs?',
		sign: 'Pain, numbness or pins and needles going down both legs',
		urgency: 'emergency'
	},
	{
		id: 'leg-weakness',
		question: 'Do you have new weakness in one or both legs, or a foot that drags or slaps?',
		sign: 'New weakness in one or both legs, or a foot that drags or slaps',
		urgency: 'emergency'
	},
	{
		id: 'balance',
		question: 'Have you noticed new loss of balance or coordination, or unsteady walking?',
		sign: 'Loss of balance or coordination, or unsteady walking that is new',
		urgency: 'emergency'
	},
	{
		id: 'one-side-numbness',
		question:
			'Is one whole side of your body numb or weak, for example an arm and a leg on the same side?',
		sign: 'Numbness or weakness of one whole side of the body',
		urgency: 'emergency'
	},
	{
		id: 'leg-numbness',
		question: 'Do you have numbness or pins and needles in a leg or foot?',
		sign: 'Numbness or pins and needles in a leg or foot',
		urgency: 'doctor'
	},
	{
		id: 'fever-weight-loss',
		question:
			'Along with the back pain, do you have a fever, feel unwell, or have lost weight without trying?',
		sign: 'Fever, feeling unwell, or weight loss you cannot explain, together with back pain',
		urgency: 'doctor'
	},
	{
		id: 'trauma',
		question: 'Did this pain start after a fall, a car accident or another injury?',
		sign: 'Back pain after a fall, a car accident or another injury',
		urgency: 'doctor'
	},
	{
		id: 'night-pain',
		question: 'Is the pain constant and getting worse, including at night and when lying still?',
		sign: 'Pain that is constant and getting worse, including at night and when lying still',
		urgency: 'doctor'
	},
	{
		id: 'cancer',
		question: 'Have you ever had cancer?',
		sign: 'Back pain when you have had cancer',
		urgency: 'doctor'
	},
	{
		id: 'steroids-immune',
		question:
			'Do you take steroid tablets or a medicine that weakens the immune system, or have a condition that does?',
		sign: 'Back pain while taking steroid tablets or medicines that weaken the immune system',
		urgency: 'doctor'
	},
	{
		id: 'age',
		question: 'Is this the first time you have had back pain, and are you under 20 or over 55?',
		sign: 'Back pain for the first time under the age of 20 or over 55',
		urgency: 'doctor'
	}
];

export type RedFlagAnswers = Partial<Record<RedFlagId, boolean>>;

export type RedFlagOutcome =
	| { kind: 'clear' }
	| { kind: 'incomplete'; missing: RedFlagId[] }
	| {
			kind: 'stop';
			urgency: RedFlagUrgency;
			flags: RedFlagId[];
			title: string;
			advice: string[];
	  };

export const EMERGENCY_TITLE = 'Go to an emergency department now';
export const DOCTOR_TITLE = 'See a doctor today';

const EMERGENCY_ADVICE = [
	'Stop using Brace and do not do any exercises.',
	'Go to an emergency department now, or call your local emergency number (112 in Europe, 911 in North America, 999 in the UK). Do not wait to see if it gets better.',
	'These symptoms can mean pressure on the nerves at the base of the spine, or another problem that needs treatment within hours.'
];

const DOCTOR_ADVICE = [
	'Stop using Brace and do not do any exercises.',
	'See a doctor today. If you cannot, or you get worse, go to an emergency department or call your local emergency number.',
	'Back pain with these signs needs a medical check before any exercise program.'
];

/** The see-a-doctor advice for a stop, also shown while the program stays paused for it. */
export function stopAdvice(urgency: RedFlagUrgency): { title: string; advice: string[] } {
	return urgency === 'emergency'
		? { title: EMERGENCY_TITLE, advice: EMERGENCY_ADVICE }
		: { title: DOCTOR_TITLE, advice: DOCTOR_ADVICE };
}

/** Any yes stops everything: the app offers nothing but the advice to get medical help. */
export function assessRedFlags(answers: RedFlagAnswers): RedFlagOutcome {
	const flags = RED_FLAG_QUESTIONS.filter((q) => answers[q.id] === true);
	if (flags.length > 0) {
		const urgency = flags.some((q) => q.urgency === 'emergency') ? 'emergency' : 'doctor';
		return { kind: 'stop', urgency, flags: flags.map((q) => q.id), ...stopAdvice(urgency) };
	}
	const missing = RED_FLAG_QUESTIONS.filter((q) => answers[q.id] === undefined).map((q) => q.id);
	return missing.length > 0 ? { kind: 'incomplete', missing } : { kind: 'clear' };
}

/** Pain at this level or above asks the screening questions again. */
export const RED_FLAG_PAIN = 7;

export function needsRedFlagScreen(pain: PainScore | null): boolean {
	return pain !== null && pain >= RED_FLAG_PAIN;
}

/** What a finished screen means for the program: no stop, or a stop of this urgency. */
export function stopUrgency(
	outcome: Exclude<RedFlagOutcome, { kind: 'incomplete' }>
): false | RedFlagUrgency {
	return outcome.kind === 'stop' ? outcome.urgency : false;
}

/** The one calm sentence the relief flow opens with: the emergency signs a person can check lying down. */
export const RELIEF_RED_FLAG_SENTENCE =
	"If you cannot control your bladder or bowels, or are numb between the legs, call for help now; otherwise, let's ease this.";
