/**
 * The Learn library: short, plain-language explanations drawn from the physiotherapists' texts
 * in shared/seeds and mainstream guidance. Where they differ, the cautious advice is kept.
 */
export interface LearnTopic {
	id: string;
	title: string;
	summary: string;
	paragraphs: string[];
}

export const LEARN_TOPICS: readonly LearnTopic[] = [
	{
		id: 'what-is-a-spasm',
		title: 'What a back spasm is',
		summary: 'A protective, involuntary tightening of the back muscles.',
		paragraphs: [
			'A spasm is a sudden, uncontrollable gripping of the back muscles. It can be on one side or both, and it can be severe enough to stop you moving. It is very painful, but on its own it is rarely a sign of serious damage.',
			'Spasms are rarely random. Tension usually builds slowly over weeks and months: long drives, sitting for hours, stress, poor sleep, lifting and twisting. The muscles eventually tighten to protect the spine, and a small movement such as a sneeze or bending quickly tips them over.',
			'Most spasms settle within days to a couple of weeks. Staying gently active helps them settle faster than bed rest.'
		]
	},
	{
		id: 'tension',
		title: 'Notice tension before it becomes a spasm',
		summary: 'Learn the early warning signs and ease off before the muscles lock.',
		paragraphs: [
			'Before a spasm there is usually a stage of rising tightness or ache. That is the moment to act: change position, walk for a few minutes, stretch gently, breathe slowly and relax your shoulders and back.',
			'The daily tension check-in and the body-scan exercise in the program train you to notice that stage. Over time you will spot it earlier.'
		]
	},
	{
		id: 'why-abs-and-glutes',
		title: 'Why we strengthen the abs and glutes, not the back',
		summary: 'Strong front and hip muscles take load off the back muscles that spasm.',
		paragraphs: [
			'In many people with recurring spasms the back muscles are already working too hard while the deep abdominal and buttock muscles do too little. Strengthening the back muscles further (back extensions, "supermans") adds to the imbalance.',
			'The program builds the deep abdominals and the glutes instead, with slow, controlled exercises and holds that grow over four weeks. The back muscles can then relax.'
		]
	},
	{
		id: 'the-brace',
		title: 'The flat-back abdominal brace',
		summary: 'Draw the belly in, tuck the pelvis, keep the chest soft.',
		paragraphs: [
			'Lying on your back with knees bent, gently draw your belly button in and tilt the pelvis so the small of your back flattens towards the floor. Keep breathing. Your chest stays soft: do not push it out or arch.',
			'Standing, do the same: tuck the pelvis slightly under, draw the abs in, squeeze the buttocks lightly, and let the chest relax down. Use about a third of your full effort, not a hard clench.',
			'The camera checks this position for you during camera exercises and only counts holds while your back is flat.'
		]
	},
	{
		id: 'walking-braced',
		title: 'Walking braced',
		summary: 'A light brace while you walk teaches the muscles to work all day.',
		paragraphs: [
			'Walking is one of the best things for a back that spasms. Walk with a light brace: abs gently in, pelvis slightly tucked, buttocks working, chest relaxed. Start with a few minutes and build up.',
			'If the brace makes you hold your breath, it is too strong. Ease off until you can talk comfortably.'
		]
	},
	{
		id: 'sitting-and-lifting',
		title: 'Sitting, driving and lifting',
		summary: 'Break up long sitting and lift with the legs.',
		paragraphs: [
			'Get up and move every 30 to 45 minutes when sitting or driving. A short walk and a standing brace resets the muscles.',
			'To lift, keep the load close, brace first, bend at the hips and knees and let the legs do the work. Do not twist while lifting: turn with your feet.'
		]
	},
	{
		id: 'ice-or-heat',
		title: 'Ice or heat?',
		summary: 'Use whichever feels better, for 15 to 20 minutes, never directly on skin.',
		paragraphs: [
			'There is no strong evidence that one is better than the other. Many people find heat relaxes a tight muscle, and some prefer cold in the first day or two. Use what eases your pain.',
			'Wrap ice or a hot pack in a towel, use it for 15 to 20 minutes at a time, and check your skin. Do not use heat or ice on numb skin, and do not fall asleep on a heat pad.'
		]
	},
	{
		id: 'medicines-and-help',
		title: 'Medicines and getting help',
		summary: 'Ask a pharmacist or doctor; see a doctor if it is not settling.',
		paragraphs: [
			'A pharmacist can advise on simple pain relief that is safe for you. Follow the label and ask before combining medicines.',
			'See a doctor or physiotherapist if the pain is not improving after a couple of weeks, keeps coming back, or stops you working or sleeping. Get help urgently for any of the warning signs on the Spasm now page.'
		]
	}
];
