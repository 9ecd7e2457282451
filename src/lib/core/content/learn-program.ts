import type { LearnTopic } from './learn-types';

/** Why the program trains what it does, and the brace at its heart (seed 001). */
export const PROGRAM_TOPICS: readonly LearnTopic[] = [
	{
		id: 'why-abs-and-glutes',
		title: 'Why we strengthen the abs and glutes, not the back',
		summary: 'Strong front and hip muscles take load off the back muscles that spasm.',
		keywords: 'abs abdominals core glutes buttocks back muscles extensors imbalance strength',
		paragraphs: [
			'In many people with recurring spasms, the long muscles beside the spine are already working too hard, while the deep abdominal and buttock muscles do too little. Feel the back of someone who gets spasms and the muscles are often hard and bulky. They compress the joints, nerves and discs of the spine, and a compressed, irritated spine is exactly what sets off the protective spasm.',
			'Many exercise plans add back extensions or "supermans" to strengthen the back. For this problem that makes little sense: it adds to the imbalance.',
			'The program builds the deep abdominals and the glutes instead, with slow, controlled exercises and short holds that grow over four weeks. They work together with the back muscles from the front and the hips, so the back muscles can do less and relax.',
			'Fixing an imbalance that has built up over years takes time: a few months, sometimes longer. The 28 days are the start. Keep the habits afterwards: the brace when you walk and lift, breaks from sitting, and two or three of your favourite exercises most days.'
		]
	},
	{
		id: 'the-brace',
		title: 'The flat-back abdominal brace',
		summary: 'Draw the belly in, tuck the pelvis, keep the chest soft.',
		keywords: 'brace core flat back pelvis tilt tuck chest posture abs',
		drawing: 'brace',
		paragraphs: [
			'The brace is the heart of the program. Lying on your back with your knees bent, gently draw your belly button in and tilt your pelvis so the small of your back flattens towards the floor. Keep breathing. Your chest stays soft: do not push it out or arch.',
			'Standing, do the same: tuck the pelvis slightly under, draw the abs in, squeeze the buttocks lightly, and let the chest and shoulders relax down. You should look as if you slouch a little, with your back flatter, not more arched. The more you arch, the more the back muscles work.',
			'Use about a third of your full effort, not a hard clench. If you hold your breath or cannot talk, it is too strong.',
			'Once you can brace lying down, use it in daily life: when you walk, stand up from a chair, lift, or feel tension building. If you turn the camera on, it checks the position for you during the exercises it can see, and counts holds and reps only while your form is right. Rest your hands on your belly when lying down, so it can see your lower back. To learn the brace with feedback, practise it on its own from the Exercises page.'
		]
	}
];
