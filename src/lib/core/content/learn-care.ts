import type { LearnTopic } from './learn-types';

/** Looking after a spasm: what pain means, cold and heat, hands-on help, medicines (seed 001, NICE NG59). */
export const CARE_TOPICS: readonly LearnTopic[] = [
	{
		id: 'hurt-not-harm',
		title: 'Hurt is not harm',
		summary: 'Pain during recovery is real, but it rarely means you are damaging your back.',
		keywords: 'pain hurt harm damage fear safe exercise flare sore',
		paragraphs: [
			'Back pain can be severe without anything being damaged. A spasm is a strong, protective muscle contraction: it hurts a lot, but the spine itself is usually fine. Scans of people without any back pain often show the same wear and bulges as scans of people in pain.',
			"Pain is your nervous system's alarm. After a spasm, the alarm stays sensitive for a while, so movements that are perfectly safe can still hurt a little. That is why the program asks you to move, gently, even when your back is sore.",
			'A useful rule while exercising: some discomfort is fine if it stays at 5 out of 10 or less, and it has settled by the next morning. Brace uses this rule. It asks your pain before and after each session and the next morning, and holds or steps back the exercises when the pain says so.',
			'Sharp pain, pain that keeps rising during an exercise, or tingling or pain down a leg mean stop that exercise. Use the relief session instead.',
			'Hurt is not harm, but some symptoms do need a doctor: the warning signs listed in the flare-up plan. If you have any of them, get help; do not push through.'
		]
	},
	{
		id: 'ice-or-heat',
		title: 'Ice or heat?',
		summary: 'Either can help: 10 to 20 minutes, wrapped in a cloth, never on bare skin.',
		keywords: 'ice cold heat hot water bottle pack frozen peas warm compress',
		paragraphs: [
			'There is no good research showing that one is better than the other. Many people find heat relaxes a tight muscle; some fall asleep most comfortably with ice. Try both and use whichever eases your pain. Some people prefer neither, and that is fine too.',
			'A common plan is cold in the first day or two after a spasm starts, then heat. Use either for 10 to 20 minutes at a time, up to 2 or 3 times a day in the first days.',
			'Always wrap the pack in a cloth or an old T-shirt: never put ice or a hot pack straight on the skin. Check your skin when you take it off. Do not use cold or heat on skin that is numb, and never fall asleep on a heat pad or hot water bottle.',
			'The relief session has a cold or heat timer. Pick cold or heat and how long, and the voice tells you when time is up. It keeps counting if the screen locks. Where the browser allows it, it keeps the screen on so it can speak at the end; where it does not, it says so, and you may want to set a phone timer too.'
		]
	},
	{
		id: 'massage-and-who-to-see',
		title: 'Massage, and who to see',
		summary: 'Hands-on treatment can ease a spasm; it works best alongside exercise.',
		keywords:
			'massage physio physiotherapist chiropractor manual therapist doctor GP osteopath help',
		paragraphs: [
			'Massage can ease tight back muscles and buy you some comfortable time. Someone at home can gently massage the sore area, or you can reach back with your own hands. A massage gun on a low setting helps some people.',
			'If the spasms keep coming back, hands-on professionals can help: a manual therapist (a physiotherapist with extra training in hands-on treatment) is usually the best placed, because they can also check what is going on and give you the right exercises. A chiropractor is good at freeing up stiff joints, and a massage therapist at relaxing the muscles. Tell them about your spasms and how you are feeling that day.',
			'Guidance for doctors (NICE) is clear that hands-on treatments work best as part of a plan that includes exercise, not on their own. Relief from massage or manipulation lasts longer when the muscles that share the load get stronger.',
			'See a doctor if you need stronger pain relief, if the pain is not settling after a week or two, or straight away for any of the warning signs. Brace suggests seeing a physiotherapist or doctor when your pain has not improved over two weeks, when you have had three flare-ups in four weeks, and at the end of the 28 days if your pain is no better.'
		]
	},
	{
		id: 'medicines',
		title: 'Medicines',
		summary: 'Simple pain relief can take the edge off; ask your pharmacist or doctor.',
		keywords:
			'medicine painkiller ibuprofen paracetamol tylenol nsaid cream gel muscle relaxant pharmacist drug',
		paragraphs: [
			'Many people find simple pain relief takes the edge off a spasm, even if it does not take the pain away completely. Anti-inflammatory tablets such as ibuprofen, or anti-inflammatory gels rubbed on the sore area, are commonly used. Paracetamol on its own helps less for back pain, but suits some people better.',
			'Heat rubs and pain-relief creams can also help for a short time.',
			'These medicines are not safe for everyone: anti-inflammatories are not suitable for some people with stomach, kidney or heart problems, asthma, or during pregnancy, and medicines can interact. Ask your pharmacist or doctor which is safe for you, and always follow the label.',
			'If simple pain relief is not enough, a doctor can prescribe stronger treatment for a short time, sometimes including a muscle relaxant. These are meant to get you through the worst few days so you can keep moving, not for long-term use.',
			'Some medicines can make muscles more tense: cold and flu remedies with stimulants such as pseudoephedrine can keep you wound up. If you think a medicine is making things worse, ask your pharmacist or doctor before stopping anything prescribed.',
			'Medicines treat the pain of a spasm, not its cause. The long-term answer is the exercises, the brace and the habits in this program.'
		]
	}
];
