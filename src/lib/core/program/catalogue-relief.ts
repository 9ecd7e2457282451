import type { Exercise } from './types';

/** Relief and calm: positions that unload the back and settle a spasm, plus breathing and relaxation. */
export const RELIEF_EXERCISES: Exercise[] = [
	{
		id: 'fetal-side-lying',
		name: 'Side-lying knees-to-chest (fetal position)',
		category: 'relief',
		purpose: 'Opens the joints of the lower back and lets spasming back muscles let go.',
		position: 'side-lying',
		mode: 'timed',
		sided: 'none',
		instructions: [
			'Lie on whichever side is more comfortable, a pillow under your head.',
			'Slowly draw both knees up towards your chest until your lower back feels gently rounded.',
			'Put a pillow between your knees if that is more comfortable.',
			'Gently draw your belly in, as if rounding your lower back towards the wall behind you.',
			'Breathe slowly and let your back muscles soften.'
		],
		cues: [
			'Knees up towards your chest',
			'Suck your belly in, round your back',
			'Breathe slowly, let your back go'
		],
		mistakes: ['Forcing the knees up into pain', 'Holding your breath'],
		safety: [
			'Move into the position slowly; stop short of any sharp pain.',
			'Change position whenever you need to: moving every minute or two is fine.'
		],
		dose: { sets: 1, reps: 1, holdSeconds: 60, restSeconds: 0 },
		maxDose: { sets: 1, reps: 1, holdSeconds: 120, restSeconds: 0 },
		camera: 'none',
		checks: [],
		arms: 'free',
		strengthens: [],
		stretches: ['back-extensors']
	},
	{
		id: 'single-knee-to-chest',
		name: 'Single knee-to-chest',
		category: 'relief',
		purpose: 'A gentle stretch of the lower back and buttock, one side at a time.',
		position: 'supine-hook-lying',
		mode: 'hold',
		sided: 'each',
		instructions: [
			'Lie on your back, knees bent, feet flat on the floor.',
			'Hold behind one thigh with both hands and draw that knee slowly towards your chest.',
			'Keep the other foot on the floor and your head resting down.',
			'Hold, breathing slowly, then lower the foot back to the floor.'
		],
		cues: ['Draw the knee in gently', 'Head stays down', 'Breathe out and soften'],
		mistakes: ['Pulling on the shin, which strains the knee', 'Lifting the head and shoulders'],
		safety: ['A gentle stretch only, never pain.', 'Hold behind the thigh if your knees are sore.'],
		dose: { sets: 1, reps: 2, holdSeconds: 20, restSeconds: 10 },
		maxDose: { sets: 1, reps: 3, holdSeconds: 30, restSeconds: 10 },
		harder: 'knees-to-chest',
		camera: 'none',
		checks: [],
		arms: 'hands-behind-knees',
		strengthens: [],
		stretches: ['back-extensors', 'glutes']
	},
	{
		id: 'knees-to-chest',
		name: 'Double knee-to-chest',
		category: 'relief',
		purpose: 'Rounds and unloads the lower back to ease tension and spasm.',
		position: 'supine-hook-lying',
		mode: 'hold',
		sided: 'none',
		instructions: [
			'Lie on your back, knees bent, feet flat.',
			'Bring one knee up, then the other, and hold behind both thighs with your hands.',
			'Draw both knees gently towards your chest until your lower back rounds into the floor.',
			'Keep your head resting on the floor. Hold, then lower one foot at a time.'
		],
		cues: ['Knees towards your chest', 'Head resting down', 'Breathe slowly'],
		mistakes: ['Rocking or bouncing', 'Lifting the head to meet the knees'],
		safety: [
			'Lower one leg at a time so the back is not loaded on the way down.',
			'Use the single knee version if this pinches.'
		],
		dose: { sets: 1, reps: 2, holdSeconds: 20, restSeconds: 10 },
		maxDose: { sets: 1, reps: 3, holdSeconds: 30, restSeconds: 10 },
		easier: 'single-knee-to-chest',
		camera: 'side',
		checks: ['knees-to-chest', 'head-neutral', 'arms-position'],
		arms: 'hands-behind-knees',
		strengthens: [],
		stretches: ['back-extensors', 'glutes']
	},
	{
		id: 'diaphragmatic-breathing',
		name: 'Diaphragmatic breathing',
		category: 'relief',
		purpose: 'Slow belly breathing calms the nervous system and relaxes guarding back muscles.',
		position: 'supine-hook-lying',
		mode: 'timed',
		sided: 'none',
		instructions: [
			'Lie on your back, knees bent, one hand on your chest and one on your belly.',
			'Breathe in slowly through your nose for about 4 seconds so the belly hand rises and the chest hand stays still.',
			'Breathe out gently through your mouth for about 6 seconds.',
			'Let your back, shoulders and jaw relax with every breath out.'
		],
		cues: ['Breathe in, belly rises', 'Long slow breath out', 'Shoulders and jaw soft'],
		breathing: {
			in: ['Breathe in, belly rises', 'In through the nose', 'Breathe in'],
			out: ['Long slow breath out', 'Out, shoulders and jaw soft', 'Breathe out']
		},
		mistakes: ['Lifting the chest and shoulders to breathe', 'Breathing too fast or too deep'],
		safety: ['If you feel light-headed, breathe normally for a moment.'],
		dose: { sets: 1, reps: 1, holdSeconds: 60, restSeconds: 0 },
		maxDose: { sets: 1, reps: 1, holdSeconds: 120, restSeconds: 0 },
		camera: 'none',
		checks: [],
		arms: 'hands-on-belly',
		strengthens: ['diaphragm'],
		stretches: []
	},
	{
		id: 'body-scan-relaxation',
		name: 'Tension body scan (progressive relaxation)',
		category: 'relief',
		purpose:
			'Trains you to notice tension building in the back before it becomes a spasm, and to let it go.',
		position: 'supine-hook-lying',
		mode: 'timed',
		sided: 'none',
		instructions: [
			'Lie on your back, knees bent, hands resting on your belly. Breathe slowly.',
			'Move your attention from your feet upwards: feet, calves, thighs, buttocks, belly, back, shoulders, jaw.',
			'At each area, gently tighten for a slow breath in (about half effort), then let go completely as you breathe out.',
			'When you reach your back, do not tighten it: just notice any tightness and let it soften.',
			'Finish by rating how tense your back feels from 0 to 10.'
		],
		cues: ['Tighten gently, then let go', 'Notice your back, let it soften', 'Slow breath out'],
		breathing: {
			in: [
				'Feet: tighten gently as you breathe in',
				'Calves: tighten gently, breathe in',
				'Thighs: tighten gently, breathe in',
				'Buttocks: squeeze gently, breathe in',
				'Belly: draw it in gently, breathe in',
				'Your back: do not tighten it, just notice it, breathe in',
				'Shoulders: lift them a little, breathe in',
				'Jaw: clench gently, breathe in'
			],
			out: ['And let go as you breathe out', 'Let it soften as you breathe out']
		},
		mistakes: ['Squeezing hard enough to cramp', 'Tensing the back muscles'],
		safety: ['Tighten gently; never tense the back muscles themselves.'],
		dose: { sets: 1, reps: 1, holdSeconds: 120, restSeconds: 0 },
		maxDose: { sets: 1, reps: 1, holdSeconds: 180, restSeconds: 0 },
		camera: 'none',
		checks: [],
		arms: 'hands-on-belly',
		strengthens: [],
		stretches: []
	}
];
