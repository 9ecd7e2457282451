import type { PainScore } from '../records';

export type RedFlagId =
	| 'bladder-bowel'
	| 'saddle-numbness'
	| 'leg-weakness'
	| 'balance'
	| 'fever-weight-loss'
	| 'trauma'
	| 'night-pain';

export interface RedFlagQuestion {
	id: RedFlagId;
	question: string;
	/** emergency: go to an emergency department now; doctor: see a doctor today. */
	urgency: 'emergency' | 'doctor';
}

/** Asked at first start and whenever pain is logged at 7 or more. */
export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = [
	{
		id: 'bladder-bowel',
		question:
			'Have you lost control of your bladder or bowels, or found you cannot pass urine, since the back pain started?',
		urgency: 'emergency'
	},
	{
		id: 'saddle-numbness',
		question:
			'Do you have numbness or tingling in the groin, between the legs or around the bottom (the "saddle" area)?',
		urgency: 'emergency'
	},
	{
		id: 'leg-weakness',
		question: 'Do you have new weakness in one or both legs, or a foot that drags or slaps?',
		urgency: 'emergency'
	},
	{
		id: 'balance',
		question: 'Have you noticed new loss of balance or coordination, or unsteady walking?',
		urgency: 'emergency'
	},
	{
		id: 'fever-weight-loss',
		question:
			'Along with the back pain, do you have a fever, feel unwell, or have lost weight without trying?',
		urgency: 'doctor'
	},
	{
		id: 'trauma',
		question: 'Did this pain start after a fall, a car accident or another injury?',
		urgency: 'doctor'
	},
	{
		id: 'night-pain',
		question: 'Is the pain constant and getting worse, including at night and when lying still?',
		urgency: 'doctor'
	}
];

export type RedFlagAnswers = Partial<Record<RedFlagId, boolean>>;

export type RedFlagOutcome =
	| { kind: 'clear' }
	| { kind: 'incomplete'; missing: RedFlagId[] }
	| {
			kind: 'stop';
			urgency: 'emergency' | 'doctor';
			flags: RedFlagId[];
			title: string;
			advice: string[];
	  };

const EMERGENCY_ADVICE = [
	'Stop using Brace and do not do any exercises.',
	'Go to an emergency department now, or call your local emergency number (112 in Europe, 911 in North America, 999 in the UK).',
	'These symptoms can mean pressure on the nerves at the base of the spine, which needs treatment within hours.'
];

const DOCTOR_ADVICE = [
	'Stop using Brace and do not do any exercises.',
	'See a doctor today. If you cannot, or you get worse, go to an emergency department or call your local emergency number.',
	'Back pain with these signs needs a medical check before any exercise program.'
];

/** Any yes stops everything: the app offers nothing but the advice to get medical help. */
export function assessRedFlags(answers: RedFlagAnswers): RedFlagOutcome {
	const flags = RED_FLAG_QUESTIONS.filter((q) => answers[q.id] === true);
	if (flags.length > 0) {
		const emergency = flags.some((q) => q.urgency === 'emergency');
		return {
			kind: 'stop',
			urgency: emergency ? 'emergency' : 'doctor',
			flags: flags.map((q) => q.id),
			title: emergency ? 'See a doctor now: this is an emergency' : 'See a doctor now',
			advice: emergency ? EMERGENCY_ADVICE : DOCTOR_ADVICE
		};
	}
	const missing = RED_FLAG_QUESTIONS.filter((q) => answers[q.id] === undefined).map((q) => q.id);
	return missing.length > 0 ? { kind: 'incomplete', missing } : { kind: 'clear' };
}

/** Pain at this level or above asks the screening questions again. */
export const RED_FLAG_PAIN = 7;

export function needsRedFlagScreen(pain: PainScore | null): boolean {
	return pain !== null && pain >= RED_FLAG_PAIN;
}
