import {
	CLOSING_LINE,
	EMERGENCY_LINE,
	RELIEF_SCRIPT,
	WAIT_REMINDER_MS,
	type ReliefStep
} from './script';
import { therapyEndLine, therapyStartLine, type TherapyMode } from './therapy';

export type ReliefStatus = 'ready' | 'running' | 'finished' | 'emergency' | 'stopped';

export type ReliefEvent =
	| { type: 'say'; text: string; interrupt: boolean }
	| { type: 'beep'; tone: 'start' | 'end' | 'done' }
	| { type: 'step'; index: number; id: string }
	| { type: 'timer-end'; mode: TherapyMode; lateMs: number }
	| { type: 'emergency' }
	| { type: 'finished' };

interface Timer {
	mode: TherapyMode;
	minutes: number;
	endsAt: number;
	/** When the end was noticed: later than endsAt if the page was asleep. */
	endedAt: number | null;
	stoppedEarly: boolean;
}

export type TherapyView =
	| { phase: 'choose' }
	| { phase: 'running'; mode: TherapyMode; minutes: number; secondsLeft: number; endsAt: number }
	| { phase: 'ended'; mode: TherapyMode; endsAt: number; lateSeconds: number; early: boolean };

/** What the person did, to fill in the spasm log afterwards. */
export interface ReliefUse {
	startedAt: number | null;
	sideLying: boolean;
	kneesToChest: boolean;
	breathing: boolean;
	therapy: TherapyMode | null;
}

export interface ReliefView {
	status: ReliefStatus;
	stepIndex: number;
	stepCount: number;
	stepId: string | null;
	kind: ReliefStep['kind'] | null;
	title: string;
	/** What is being said now, in large type. */
	text: string;
	choices: { id: string; label: string }[];
	therapy: TherapyView | null;
	use: ReliefUse;
}

export interface ReliefOptions {
	/** Start at a step (e.g. 'therapy' for the cold or heat timer on its own). */
	from?: string;
	script?: readonly ReliefStep[];
}

/**
 * The relief flow as a pure state machine on an injected clock, like the session player: each
 * command takes the time and returns what to say and beep. Guides move on by themselves; changes
 * of position wait for "ready" or a tap; the cold or heat timer runs on the wall clock, so a
 * page that slept while the screen was locked still knows when time was up.
 */
export class ReliefFlow {
	readonly steps: readonly ReliefStep[];
	#status: ReliefStatus = 'ready';
	#index: number;
	#stepStart = 0;
	#lastReminder = 0;
	#last = 0;
	#text = '';
	#timer: Timer | null = null;
	#use: ReliefUse = {
		startedAt: null,
		sideLying: false,
		kneesToChest: false,
		breathing: false,
		therapy: null
	};

	constructor(options: ReliefOptions = {}) {
		this.steps = options.script ?? RELIEF_SCRIPT;
		const from = options.from ? this.steps.findIndex((s) => s.id === options.from) : 0;
		this.#index = Math.max(0, from);
	}

	get status(): ReliefStatus {
		return this.#status;
	}

	get use(): ReliefUse {
		return { ...this.#use };
	}

	start(now: number): ReliefEvent[] {
		if (this.#status !== 'ready') return [];
		this.#status = 'running';
		this.#use.startedAt = now;
		const out: ReliefEvent[] = [];
		this.#enter(this.#index, now, out);
		return out;
	}

	tick(now: number): ReliefEvent[] {
		const out: ReliefEvent[] = [];
		if (this.#status !== 'running') return out;
		const before = this.#last - this.#stepStart;
		this.#last = now;
		const step = this.#step();
		if (!step) return out;
		if (step.kind === 'guide') {
			const elapsed = now - this.#stepStart;
			for (const line of step.lines) {
				if (line.atMs > 0 && before < line.atMs && elapsed >= line.atMs) this.#say(line.text, out);
			}
			if (elapsed >= step.ms) this.#enter(this.#index + 1, now, out);
		} else if (step.kind === 'wait') {
			if (now - this.#lastReminder >= WAIT_REMINDER_MS) {
				this.#lastReminder = now;
				this.#say(step.reminder, out);
			}
		} else if (this.#timer && this.#timer.endedAt === null && now >= this.#timer.endsAt) {
			this.#endTimer(now, false, out);
		}
		return out;
	}

	/** "Ready" or a tap: on a wait, the chosen answer; on a guide, go on to the next step now. */
	answer(choice = 'ready', now: number): ReliefEvent[] {
		const out = this.tick(now);
		const step = this.#step();
		if (this.#status !== 'running' || !step) return out;
		if (step.kind === 'therapy' && this.#timer?.endedAt === null) return out;
		if (step.id === 'onto-side') this.#use.sideLying = true;
		if (step.id === 'onto-back' && choice === 'side') this.#use.sideLying = true;
		this.#enter(this.#index + 1, now, out);
		return out;
	}

	chooseTherapy(mode: TherapyMode, minutes: number, now: number): ReliefEvent[] {
		const out = this.tick(now);
		if (this.#status !== 'running' || this.#step()?.kind !== 'therapy' || this.#timer) return out;
		this.#timer = {
			mode,
			minutes,
			endsAt: now + minutes * 60_000,
			endedAt: null,
			stoppedEarly: false
		};
		this.#use.therapy = mode;
		this.#say(therapyStartLine(mode, minutes), out);
		out.push({ type: 'beep', tone: 'start' });
		return out;
	}

	stopTimer(now: number): ReliefEvent[] {
		const out = this.tick(now);
		if (this.#timer && this.#timer.endedAt === null) this.#endTimer(now, true, out);
		return out;
	}

	/** "I have one of these": nothing but the advice to get help now. */
	redFlag(now: number): ReliefEvent[] {
		this.#last = now;
		this.#status = 'emergency';
		this.#timer = null;
		const out: ReliefEvent[] = [];
		this.#say(EMERGENCY_LINE, out, true);
		out.push({ type: 'emergency' });
		return out;
	}

	stop(now: number): ReliefEvent[] {
		this.#last = now;
		if (this.#status === 'running' || this.#status === 'ready') this.#status = 'stopped';
		return [];
	}

	view(now = this.#last): ReliefView {
		const step = this.#status === 'running' ? this.#step() : undefined;
		const closing = this.#status === 'finished' || this.#status === 'stopped';
		return {
			status: this.#status,
			stepIndex: this.#index,
			stepCount: this.steps.length,
			stepId: step?.id ?? null,
			kind: step?.kind ?? null,
			title: step?.title ?? (closing ? 'Well done' : ''),
			text: this.#status === 'emergency' ? EMERGENCY_LINE : this.#text,
			choices: step?.kind === 'wait' ? step.choices : [],
			therapy: step?.kind === 'therapy' ? this.#therapyView(now) : null,
			use: this.use
		};
	}

	#therapyView(now: number): TherapyView {
		const t = this.#timer;
		if (!t) return { phase: 'choose' };
		if (t.endedAt === null) {
			const secondsLeft = Math.max(0, Math.ceil((t.endsAt - now) / 1000));
			return { phase: 'running', mode: t.mode, minutes: t.minutes, secondsLeft, endsAt: t.endsAt };
		}
		const lateSeconds = t.stoppedEarly ? 0 : Math.max(0, Math.round((t.endedAt - t.endsAt) / 1000));
		return { phase: 'ended', mode: t.mode, endsAt: t.endsAt, lateSeconds, early: t.stoppedEarly };
	}

	#step(): ReliefStep | undefined {
		return this.steps[this.#index];
	}

	#endTimer(now: number, early: boolean, out: ReliefEvent[]): void {
		const t = this.#timer;
		if (!t) return;
		t.endedAt = now;
		t.stoppedEarly = early;
		if (!early) {
			out.push({ type: 'beep', tone: 'end' });
			out.push({ type: 'timer-end', mode: t.mode, lateMs: Math.max(0, now - t.endsAt) });
		}
		this.#say(early ? 'Timer stopped.' : therapyEndLine(t.mode), out, true);
	}

	#enter(index: number, now: number, out: ReliefEvent[]): void {
		const previous = this.#step();
		if (previous?.id === 'fetal') this.#use.kneesToChest = true;
		if (previous?.id === 'breathing') this.#use.breathing = true;
		this.#index = index;
		this.#stepStart = now;
		this.#lastReminder = now;
		this.#last = now;
		const step = this.#step();
		if (!step) {
			this.#index = this.steps.length;
			this.#status = 'finished';
			this.#say(CLOSING_LINE, out);
			out.push({ type: 'beep', tone: 'done' });
			out.push({ type: 'finished' });
			return;
		}
		out.push({ type: 'step', index, id: step.id });
		if (step.kind === 'guide') {
			for (const line of step.lines) if (line.atMs === 0) this.#say(line.text, out);
		} else this.#say(step.prompt, out);
	}

	#say(text: string, out: ReliefEvent[], interrupt = false): void {
		this.#text = text;
		out.push({ type: 'say', text, interrupt });
	}
}
