/**
 * Symptoms that need a doctor now rather than exercises. Shared by the Relief page, the footer
 * link and (through the safety module) the screening questions.
 */
export const RED_FLAG_SIGNS: readonly string[] = [
	'Loss of control of your bladder or bowels, or being unable to pass urine',
	'Numbness or tingling in the groin, between the legs or around the bottom (the "saddle" area)',
	'New weakness in one or both legs, or a foot that drags or slaps',
	'Loss of balance or coordination, or unsteady walking that is new',
	'Fever, feeling unwell, or weight loss you cannot explain, together with back pain',
	'Back pain after a fall, a car accident or another injury',
	'Pain that is constant and getting worse, including at night and when lying still'
];
