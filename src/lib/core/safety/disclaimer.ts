/** Shown at first start and kept in Settings; accepting it is required before the program. */
export const DISCLAIMER = {
	title: 'Before you start',
	paragraphs: [
		'Brace is not a medical device. It does not diagnose, treat or prevent any condition, and it does not replace advice from a doctor or physiotherapist.',
		'The program is general exercise education for people with recurring back muscle spasms. Check with a health professional before starting, especially if you are pregnant, have had back surgery, have osteoporosis, or your pain is new or different.',
		'Exercises should feel like effort, never sharp pain. Stop any exercise that hurts and use the Relief session instead.',
		'The camera feedback is an estimate and can be wrong. Video stays on your device and is never recorded or sent anywhere.'
	],
	accept: 'I understand'
} as const;
