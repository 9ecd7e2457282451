import type { LearnTopic } from './learn-types';

/** Daily life with a back that spasms: positions, sleep, sitting, lifting, walking, work and sport. */
export const LIVING_TOPICS: readonly LearnTopic[] = [
	{
		id: 'sleep',
		title: 'Sleeping with a sore back',
		summary: 'On your side with a pillow between your knees, or in a recliner.',
		keywords: 'sleep bed night mattress pillow recliner lying position',
		drawing: 'sleep',
		paragraphs: [
			'When your back is in spasm, the most comfortable way to lie is usually on your side, in a gentle curl, with your knees drawn up towards your chest. This takes the load off the back and gives the nerves a little slack.',
			'Put a pillow between your knees: it keeps your top leg from pulling your pelvis and lower back round. A pillow under your head keeps your neck in line.',
			'Lying flat on your back may not be comfortable at first. If you want to lie on your back, bend your knees and put pillows under them. Some people sleep better in a recliner chair for a night or two, because it holds the same curled position.',
			'There is no single right mattress. One that is neither very soft nor very hard suits most people; if yours sags badly, a firm topper can help.',
			'If you wake stiff, move gently before you get up: a few slow knee rolls, then roll onto your side and push yourself up with your arms.',
			'If a spasm keeps you awake night after night, or the pain is constant and worse at night even when you lie still, see a doctor.'
		]
	},
	{
		id: 'moving-in-a-spasm',
		title: 'Change position every minute or two',
		summary: 'In a spasm, moving between comfortable positions helps more than staying still.',
		keywords: 'position sit lie stand move change recliner couch floor spasm',
		paragraphs: [
			'Should you sit or lie down during a spasm? Whichever is more comfortable. There is no right answer, and it can change from one minute to the next.',
			'What helps most people is changing position often, every minute or two: from lying on your side, to lying on your back with your knees bent, to sitting in a favourite chair, to standing and taking a few steps. The gripping feeling tends to ease each time you move, and building up again when you stay in one position too long.',
			'It is fine to say to someone helping you: I need to move now. It is fine to get up from the recliner and lie down, then get up again.',
			'Move slowly, and let the brace help: gently draw your belly in before you roll, sit up or stand. To get up from lying, roll onto your side first and push up with your arms.',
			'The relief session follows the same idea: it waits for you at each change of position, so you can move at your own pace.'
		]
	},
	{
		id: 'walking-braced',
		title: 'Walking braced',
		summary: 'Walk with a light brace; tired, not in pain, is fine.',
		keywords: 'walk walking distance speed brace glutes posture steps',
		drawing: 'walking',
		paragraphs: [
			'Walking is one of the first things anyone recommends for back pain, and it can help. But how you walk matters. If you walk with your back arched and your chest pushed out, the back muscles do the work, and long or fast walks can feed the problem.',
			'Walk with a light brace instead. Draw your belly in a little, tuck your pelvis slightly under, let your chest and shoulders come down, and squeeze your buttocks gently. Your lower back flattens a little. It should be a light to moderate effort, never a strain, and you should still be able to talk comfortably.',
			'At first you will not be able to walk as far like this, because you get tired. Tired, not in pain, is fine: it means the right muscles are working. It is a good sign.',
			'Do not add distance, time or speed until your abs can hold the brace for the whole walk. Walking faster recruits more of the back muscles. Keep the pace easy and build up slowly, over weeks, as the brace gets easier. The braced walking in the program trains exactly this.'
		]
	},
	{
		id: 'desk-sitting-driving',
		title: 'Desk, sitting and driving',
		summary: 'Break up long sitting: stand, brace and walk every 30 to 60 minutes.',
		keywords: 'desk office chair sitting computer car driving commute break posture',
		drawing: 'sitting',
		paragraphs: [
			'Sitting still for a long time is one of the most common causes of rising back tension. The muscles get tired of holding you in one position and, sooner or later, they complain.',
			'The most useful habit is a break every 30 to 60 minutes: stand up, set a light brace, and walk for two minutes. Brace can remind you while the app is open; turn on sitting breaks in Settings.',
			'At a desk, sit back in the chair so it supports your lower back, with your feet flat and your knees about level with your hips. Bring the screen up to eye level and the keyboard close, so you do not lean forward. A small cushion behind the lower back can help.',
			'In the car, move the seat close enough that your knees stay bent and you do not reach for the pedals or the wheel. Stop every hour or so on long drives to walk around for a few minutes.',
			'Before you get up after a long sit, shuffle to the front of the seat, brace gently and stand up through your legs, rather than twisting or jumping up.'
		]
	},
	{
		id: 'lifting',
		title: 'Lifting real loads slowly',
		summary: 'Brace first, keep it close, use your legs, and never twist with a load.',
		keywords: 'lift lifting carry heavy box shopping child bend twist gym weights',
		drawing: 'lifting',
		paragraphs: [
			'Lifting is part of life: shopping, children, boxes, the washing. The aim is not to avoid it but to do it in a way your back can handle.',
			'Get close to the load. Set a light brace, bend at your hips and knees rather than your back, and lift by pushing through your legs and squeezing your buttocks. Keep the load close to your body all the way.',
			'Move slowly and smoothly. Jerking or swinging a load is what strains muscles; health experts agree that weights should be lifted with slow, controlled movements. If you have seen someone at the gym throwing their whole body into a lift, that is exactly the risk.',
			'Do not twist while you hold the load. Turn with your feet instead.',
			"Practise with light things first. The program's lifting practice starts from chair height. As you get stronger, lift heavier things at the same slow pace. Split heavy loads, use a trolley, or ask for help: that is good sense, not weakness."
		]
	},
	{
		id: 'sport-and-work',
		title: 'Sport and physically demanding jobs',
		summary: 'Twisting sports and lifting jobs load the back: prepare, pace and recover.',
		keywords:
			'sport golf football tennis gym job work building construction dancer lifting twisting',
		paragraphs: [
			'Sports with fast twisting and turning put the back muscles under sudden load: football, golf, tennis, hockey and throwing sports are typical. So does lifting weights with too much load or too little control.',
			'Physically demanding jobs carry the same risk: building work, shelf stocking, care work, gardening, dancing. Anything that means lifting, carrying, or twisting and turning many times a day adds up. Even housework such as vacuuming, shovelling snow or raking leaves can set off a spasm.',
			'You do not have to give these up. Warm up before you start. Build up the load gradually over weeks, not in one day. Take short breaks to change position. Drink enough when you sweat. Use the brace when you lift, and turn with your feet rather than twisting. Being distracted makes a wrong move more likely, so slow down when your mind is elsewhere.',
			'After a spasm, go back to sport or heavy work in steps: first the program and walking, then lighter training, then your full activity. If your job is physical and spasms keep coming back, a physiotherapist can plan a return to work with you.'
		]
	},
	{
		id: 'pacing',
		title: 'Pacing and graded activity',
		summary: 'Do a steady amount every day and build up slowly, rather than boom and bust.',
		keywords: 'pace pacing boom bust build up gradual graded activity plan goals',
		paragraphs: [
			'Many people with back pain fall into a pattern of boom and bust: on a good day they do a lot, then pay for it with a bad day or a spasm, then rest for days. Over time they do less and less.',
			'Pacing breaks that pattern. Choose an amount of an activity you can manage on a bad day as well as a good one, and do that amount every day. Then build up slowly and steadily, for example a little more every few days, whatever the pain is doing. This is called graded activity.',
			'Break big jobs into smaller pieces with rests in between. Alternate sitting jobs with standing or walking ones. Stop while you still feel you could do a little more.',
			'The 28-day program is paced in the same way. Each exercise grows by one small step at a time, holds when your pain says so, and steps back after a flare-up. Your walks, your housework and your return to sport can follow the same rule: a steady start, small steps up, and no big jumps.'
		]
	}
];
