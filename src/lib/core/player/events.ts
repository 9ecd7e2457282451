import type { PainScore, SessionRecord } from '../records';
import type { Step } from './steps';

export type SpeechKind =
	'name' | 'countdown' | 'hold' | 'relax' | 'count' | 'cue' | 'info' | 'form';
export type BeepTone = 'tick' | 'start' | 'end' | 'done';

/** What the player asks the UI to do: speak and caption, beep, react to a new step or a result. */
export type PlayerEvent =
	| { type: 'say'; text: string; kind: SpeechKind }
	| { type: 'beep'; tone: BeepTone }
	| { type: 'step'; index: number; step: Step }
	| { type: 'set-complete'; exerciseId: string; set: number }
	| { type: 'screen-red-flags'; pain: PainScore }
	| { type: 'finished'; record: SessionRecord };

/** A camera judgement of the current form; message is a short spoken correction. */
export interface FormSignal {
	ok: boolean;
	message?: string;
	/** The sender speaks its own corrections and praise (the camera coach): the player only shows them. */
	voiced?: boolean;
}
