import type { Exercise } from './types';

/** The brace: a light abdominal and glute contraction with a flat (not arched) back, lying, standing and moving. */
export const BRACE_EXERCISES: Exercise[] = [
	{
		id: 'pelvic-tilt',
		name: 'Posterior pelvic tilt',
		category: 'brace',
		purpose: 'Teaches you to flatten the lower back with your abdominals instead of arching it.',
		position: 'supine-hook-lying',
		mode: 'reps',
		sided: 'none',
		repSeconds: 5,
		instructions: [
			'Lie on your back, knees bent, feet flat and hip-width apart.',
			'Rest your hands on your belly, below the ribs, so the camera can see your lower back.',
			'Tighten your lower belly and gently roll your pelvis so the small of your back presses into the floor.',
			'Hold for a breath, then let your back return to its natural position. Do not arch it.'
		],
		cues: ['Belly in, back flat to the floor', 'Tilt, hold, and let go', 'Buttocks stay down'],
		mistakes: [
			'Pushing through the feet and lifting the buttocks',
			'Arching the back on the way back up',
			'Holding your breath'
		],
		safety: ['Small, slow movement; it should never hurt.'],
		dose: { sets: 1, reps: 8, holdSeconds: 0, restSeconds: 20 },
		maxDose: { sets: 2, reps: 12, holdSeconds: 0, restSeconds: 20 },
		camera: 'side',
		checks: ['flat-back', 'knees-bent', 'arms-position'],
		arms: 'hands-on-belly',
		strengthens: ['deep-abdominals', 'abdominals'],
		stretches: []
	},
	{
		id: 'supine-brace',
		name: 'Flat-back brace, lying',
		category: 'brace',
		purpose:
			'The foundation of the program: a light abdominal brace that holds the lower back gently flat.',
		position: 'supine-hook-lying',
		mode: 'hold',
		sided: 'none',
		instructions: [
			'Lie on your back, knees bent, feet flat, hands resting on your belly.',
			'Tilt your pelvis so your lower back is gently flattened towards the floor.',
			'Tighten your belly lightly, about a third of your full effort, and keep breathing.',
			'Keep your ribs down: do not push the chest up. Hold, then relax completely.'
		],
		cues: ['Back gently flat', 'Light brace, keep breathing', 'Ribs down, chest soft'],
		mistakes: ['Bracing so hard you cannot breathe', 'Arching the back or lifting the chest'],
		safety: ['A third of your effort is enough: this is about control, not strength.'],
		dose: { sets: 1, reps: 6, holdSeconds: 5, restSeconds: 20 },
		maxDose: { sets: 2, reps: 10, holdSeconds: 10, restSeconds: 20 },
		camera: 'side',
		checks: ['flat-back', 'chest-down', 'knees-bent', 'arms-position'],
		arms: 'hands-on-belly',
		strengthens: ['deep-abdominals', 'abdominals'],
		stretches: []
	},
	{
		id: 'standing-brace',
		name: 'Standing flat-back brace',
		category: 'brace',
		purpose: 'Takes the brace to standing: pelvis tucked, back flat, chest not pushed out.',
		position: 'standing',
		mode: 'hold',
		sided: 'none',
		instructions: [
			'Stand with your feet hip-width apart and knees soft, side-on to the camera.',
			'Tuck your pelvis under a little, as if bringing your tailbone forward, so your lower back flattens.',
			'Lightly tighten your belly and buttocks.',
			'Let your chest and shoulders settle down slightly rather than pushing the chest out. Keep breathing.'
		],
		cues: ['Tuck the pelvis', 'Chest down, not out', 'Belly and buttocks lightly on'],
		mistakes: ['Sticking the chest out or the bottom back', 'Locking the knees', 'Bracing hard'],
		safety: ['Light to moderate effort only; it should never strain.'],
		dose: { sets: 1, reps: 5, holdSeconds: 5, restSeconds: 15 },
		maxDose: { sets: 2, reps: 8, holdSeconds: 10, restSeconds: 15 },
		camera: 'side',
		checks: ['flat-back', 'pelvis-tucked', 'chest-down'],
		arms: 'free',
		strengthens: ['deep-abdominals', 'abdominals', 'glutes'],
		stretches: []
	},
	{
		id: 'braced-walking',
		name: 'Braced walking',
		category: 'brace',
		purpose: 'Walks with the abdominals and glutes doing the work so the back muscles do not.',
		position: 'standing',
		mode: 'timed',
		sided: 'none',
		instructions: [
			'Set up the standing brace: pelvis tucked, back flat, chest down.',
			'Keep a light brace, about a quarter of your effort, and lightly squeeze your buttocks as each leg pushes back.',
			'Walk at an easy pace, on the spot or up and down the room side-on to the camera.',
			'If you lose the brace, stop, reset it and carry on. Getting tired is normal; pain is not.'
		],
		cues: ['Light brace, flat back', 'Glutes on as you push off', 'Easy pace, keep breathing'],
		mistakes: ['Walking fast and losing the brace', 'Leaning back or sticking the chest out'],
		safety: [
			'Keep the pace easy: walking faster recruits the back muscles.',
			'Build time slowly; stop if your back starts to tighten.'
		],
		dose: { sets: 1, reps: 1, holdSeconds: 60, restSeconds: 0 },
		maxDose: { sets: 1, reps: 1, holdSeconds: 300, restSeconds: 0 },
		camera: 'side',
		checks: ['flat-back', 'pelvis-tucked', 'chest-down'],
		arms: 'free',
		strengthens: ['deep-abdominals', 'glutes'],
		stretches: []
	},
	{
		id: 'sit-to-stand',
		name: 'Braced sit-to-stand',
		category: 'brace',
		purpose:
			'Gets up and down from a chair with the legs and glutes while the brace protects the back.',
		position: 'sitting',
		mode: 'reps',
		sided: 'none',
		repSeconds: 6,
		instructions: [
			'Sit near the front of a firm chair, feet flat and hip-width apart, slightly behind your knees.',
			'Set a light brace so your back stays flat.',
			'Lean forward from the hips with a straight back, then push through your heels and squeeze your buttocks to stand.',
			'Sit back down slowly the same way, bending at the hips and knees.'
		],
		cues: ['Brace, then lean from the hips', 'Push through the heels', 'Sit down slowly'],
		mistakes: [
			'Rounding or arching the back to get up',
			'Dropping into the chair',
			'Knees falling inwards'
		],
		safety: ['Use your hands on your thighs or the chair arms if you need to.'],
		dose: { sets: 1, reps: 5, holdSeconds: 0, restSeconds: 30 },
		maxDose: { sets: 2, reps: 10, holdSeconds: 0, restSeconds: 30 },
		camera: 'none',
		checks: [],
		arms: 'arms-forward',
		strengthens: ['glutes', 'quadriceps', 'abdominals'],
		stretches: []
	},
	{
		id: 'lifting-practice',
		name: 'Braced lifting practice',
		category: 'brace',
		purpose: 'Rehearses picking things up with the legs and a braced, flat back.',
		position: 'standing',
		mode: 'reps',
		sided: 'none',
		repSeconds: 8,
		instructions: [
			'Put a light object (an empty box or a book) on a chair or step in front of you.',
			'Stand close with your feet apart, set a light brace and keep your back flat.',
			'Bend your hips and knees to lower yourself, keeping the object close and your chest facing it.',
			'Lift by pushing through your legs and squeezing your buttocks. Do not twist: turn with your feet.'
		],
		cues: ['Brace first', 'Bend the knees, not the back', 'Hold it close and use your legs'],
		mistakes: [
			'Bending from the back with straight legs',
			'Twisting while holding the object',
			'Jerking the lift'
		],
		safety: [
			'Do not twist while you hold the load: turn with your feet.',
			'Practice with light things only in this program.',
			'Start from a chair or step height and go lower only if it is comfortable.'
		],
		dose: { sets: 1, reps: 5, holdSeconds: 0, restSeconds: 30 },
		maxDose: { sets: 2, reps: 8, holdSeconds: 0, restSeconds: 30 },
		camera: 'none',
		checks: [],
		arms: 'arms-forward',
		strengthens: ['glutes', 'quadriceps', 'abdominals'],
		stretches: []
	}
];
