/** The relief flow in words, for docs/program.md: every step and what the voice says. */
import { formatSeconds } from '../program/format';
import { RELIEF_SCRIPT, WAIT_REMINDER_MS, type ReliefStep } from './script';
import { THERAPY_MINUTES, THERAPY_RULES } from './therapy';

function stepText(step: ReliefStep, n: number): string {
	switch (step.kind) {
		case 'guide':
			return `${n}. **${step.title}** (about ${formatSeconds(Math.round(step.ms / 1000))}, moves on by itself): ${step.lines.map((l) => `"${l.text}"`).join(' ')}`;
		case 'wait':
			return `${n}. **${step.title}** (waits for the person: ${step.choices.map((c) => `"${c.label}"`).join(' or ')}, by tap or by saying "ready"; the reminder comes every ${WAIT_REMINDER_MS / 1000} s): "${step.prompt}"`;
		case 'therapy':
			return `${n}. **${step.title}** (the person picks cold, heat or skip, and ${THERAPY_MINUTES.join(', ')} minutes): "${step.prompt}" ${THERAPY_RULES.join(' ')} A voice prompt says when time is up.`;
	}
}

export function renderReliefDoc(): string {
	return `## Relief (Spasm now)

One tap from any screen ("Spasm now") starts a voice-led flow with nothing to read or answer first. It keeps the screen on where the browser allows it. Every step:

${RELIEF_SCRIPT.map((s, i) => stepText(s, i + 1)).join('\n')}

"I have one of these" (a large button on the first step, a smaller one on every other) stops the flow, says to call for help now, pauses the program and offers nothing but that advice until the person says a doctor has seen them. At the end the person can log the episode in the spasm log in a few taps (what the flow used is ticked already); a severe one (7 or more) asks the safety questions and pauses the plan as a flare-up.
`;
}
