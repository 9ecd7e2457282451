import type { LearnTopic } from './learn-types';

/** What a spasm is and what sets it off (seeds 000, 001, 003, 004). */
export const SPASM_TOPICS: readonly LearnTopic[] = [
	{
		id: 'what-is-a-spasm',
		title: 'What a back spasm is',
		summary: 'A protective, involuntary tightening of the back muscles.',
		keywords: 'cramp seize grip lock muscle back spasm',
		paragraphs: [
			'A spasm is a sudden, uncontrollable gripping of the back muscles. It can be on one side or both, and it can be strong enough to stop you moving, or drop you to your knees. It feels like a vice. It is very painful, but on its own it is rarely a sign of serious damage.',
			'The muscles along the spine grip to protect the joints and nerves beside them, so that you do not move in a way your body thinks is risky. That is why the spasm often eases when the joints are opened up: lying on your side with your knees to your chest does exactly that.',
			'The worst of a spasm usually lasts minutes to hours. The back can then stay sore for several days, the way an arm would ache after holding a heavy weight for minutes. That soreness is normal and fades as you keep moving.',
			'Most spasms settle within days to a couple of weeks. Staying gently active helps them settle faster than bed rest. If spasms keep coming back, the long-term answer is to train the muscles that share the load with the back: the deep abdominals and the buttocks. That is what the 28-day program does.'
		]
	},
	{
		id: 'tension',
		title: 'Notice tension before it becomes a spasm',
		summary: 'Learn the early warning signs and ease off before the muscles lock.',
		keywords: 'warning early tight ache build up check-in prevent',
		drawing: 'tension',
		paragraphs: [
			'Spasms are rarely random. Tension usually builds slowly over weeks and months: long drives, sitting for hours, stress, lifting, and not enough rest or stretching. The muscle fibres are drawn closer and closer together until, one day, a small movement tips them into a spasm.',
			'Before that point there is usually a stage of rising tightness or ache. Physiotherapists who work with professional footballers say it is the most important lesson they teach: notice that rise, and act on it. Most people carry on with what they were doing, and that is when the spasm comes.',
			'When you notice it, stop and do something different: change position, walk for a few minutes with a light brace, do a few gentle stretches, breathe slowly and let your shoulders and back soften. A relief or stretch session at this stage can stop a spasm before it starts.',
			'The daily tension check-in on Today trains you to notice. It takes a few seconds: how tense your back is, where, and what the day held. When your own ratings climb for several days, Brace suggests a relief or stretch session. Over a few weeks you will start to spot the rise earlier by yourself.'
		]
	},
	{
		id: 'why-spasms-happen',
		title: 'Tired muscles, quick movements and the protective reflex',
		summary: 'Why a muscle locks: fatigue, a fast bend or twist, and your body protecting you.',
		keywords: 'cause trigger sneeze bend twist rotate fatigue reflex protect gym deadlift',
		paragraphs: [
			'A spasm always has a reason. Three are common, and they often come together.',
			'Muscle fatigue. A muscle that has worked for a long time without rest, or has done the same thing over and over without moving in other ways, becomes tired. Sooner or later it goes into spasm, as if to remind you it is not made of steel. Long hours at a desk, a long drive or a day of repetitive work are typical.',
			'Quick movements. Bending forward or twisting quickly, especially after being still for a while, can catch the back muscles off guard. A sneeze is a fast forward bend: the long muscles beside the spine get a sudden jolt they cannot handle. A quick twist without preparation can strain the muscle at the side of the lower back, and a spasm there can take a while to settle.',
			'The protective reflex. Above all, a spasm is your nervous system protecting you. When you try to do more than you are ready for, such as a heavy lift in the gym, the brain tells the muscles to lock so that you physically cannot make the movement it thinks is dangerous.',
			'So: break up long spells of the same activity, warm up and move slowly before bending or twisting, and build strength gradually rather than testing your limits.'
		]
	},
	{
		id: 'risk-factors',
		title: 'Caffeine, stress, smoking and fitness',
		summary: 'Things you can change that make spasms more likely.',
		keywords: 'coffee caffeine stress anxiety smoking cigarettes fitness weight risk age',
		paragraphs: [
			'Some risks for back spasms cannot be changed, such as getting older. Others are in your hands.',
			'Stress. When you are stressed or anxious, your muscles stay on guard and cannot relax. Think of the burning in your shoulders after a tense drive in traffic. The same happens in the back, and a spasm is then slow to let go. Slow breathing, the body scan and regular breaks help the muscles switch off.',
			'Caffeine. A lot of coffee, strong tea or energy drinks overstimulates the body, and the muscles respond. If you drink several cups a day, try cutting down for a couple of weeks and see whether your back feels calmer. Some cold remedies contain stimulants too; ask your pharmacist.',
			'Smoking. Smoking reduces the blood and nutrients that reach the discs and tissues of the back, and smokers heal more slowly. Stopping helps your back as well as the rest of you; your doctor or pharmacist can help you stop.',
			'Fitness. The less fit you are, the less support your muscles give your spine in everyday activity. Tight hamstrings and weak abdominal and buttock muscles add to the load on the back muscles. Regular walking and the exercises in this program build that support steadily.'
		]
	},
	{
		id: 'water-electrolytes',
		title: 'Water and electrolytes',
		summary: 'Muscles cramp more easily when you are dehydrated or low on salts.',
		keywords: 'drink water hydration dehydration salt electrolytes sweat heat magnesium potassium',
		paragraphs: [
			'Muscles need water and salts (electrolytes such as sodium, potassium and magnesium) to contract and relax properly. When you are dehydrated, or have lost a lot of salt through sweat, muscles cramp and spasm more easily, the back muscles included.',
			'Drink regularly through the day, more in hot weather and when you are active. A simple guide is that your urine should be pale yellow. If you work hard in the heat, for example in building or garden work, or do long sweaty workouts, replace salts as well as water: a normal meal or a salty snack usually does this, and sports drinks can help during long spells of hard work.',
			'Some medicines and supplements affect the salts in your body, and so does drinking a lot of alcohol. If you get frequent cramps, ask your pharmacist or doctor whether anything you take could play a part, rather than starting supplements on your own: too much of some minerals is harmful too.',
			'Water will not fix a back spasm by itself, but being well hydrated is one less thing tipping your muscles towards one.'
		]
	}
];
