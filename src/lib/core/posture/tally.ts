/**
 * What one set adds up to: good-form time, faults with their start and end, reps, cues.
 *
 * Faults are dated from where they began, before they were confirmed (and a short bridge only
 * after the rep), and end where their clearing began, so the summary's good-form time is the
 * judged time (good or at fault) minus every fault's span: the hysteresis after a fault, shown
 * live as still at fault, is good form once the fault is known to have ended. The live count (`goodMs`) cannot look back: it holds the time of a fault's confirming
 * run in escrow until the fault is confirmed or dismissed, so it never counts the start of a
 * fault and never goes backwards.
 */
import type { Cue } from './cues';
import type { Rep } from './reps';
import type { FaultCode } from './rules';
import type { FormState } from './states';

export interface FaultSpan {
	code: FaultCode;
	start: number;
	/** null while still present. */
	end: number | null;
}

export interface SetSummary {
	exercise: string;
	/** First and last frame times, ms. */
	start: number;
	end: number;
	/** Every repetition attempted, faulty ones included (or steps, walking). */
	reps: number;
	/** Reps without a fault: what the player counts. */
	goodReps: number;
	goodFormSeconds: number;
	/** Judged time: good plus at fault. */
	activeSeconds: number;
	/** Good-form time over active time, 0..1; null when nothing was judged. */
	formScore: number | null;
	unknownSeconds: number;
	faults: { code: FaultCode; start: number; end: number }[];
	cues: Cue[];
}

const round1 = (ms: number) => Math.round(ms / 100) / 10;

export class SetTally {
	readonly exercise: string;
	goodMs = 0;
	faultMs = 0;
	unknownMs = 0;
	steps = 0;
	goodReps = 0;
	lastRepEnd: number | null = null;
	#reps = 0;
	#escrow = 0;
	#pending = false;
	#start: number | null = null;
	#end = 0;
	#faults: FaultSpan[] = [];
	#cues: Cue[] = [];
	/** Judged stretches of time, good or at fault (consecutive intervals merged), for the summary. */
	#judgedFrom: number[] = [];
	#judgedTo: number[] = [];

	constructor(exercise: string) {
		this.exercise = exercise;
	}

	/** A fault is building (its run not yet long enough): good time waits in escrow. */
	set pending(on: boolean) {
		if (this.#pending && !on) {
			this.goodMs += this.#escrow;
			this.#escrow = 0;
		}
		this.#pending = on;
	}

	/** The interval from..to was spent in `state` (the state of the frame at `from`). */
	account(from: number, to: number, state: FormState): void {
		this.#start ??= from;
		this.#end = to;
		const dt = to - from;
		if (state === 'good' || state === 'fault') {
			const n = this.#judgedTo.length;
			if (n && this.#judgedTo[n - 1] === from) this.#judgedTo[n - 1] = to;
			else {
				this.#judgedFrom.push(from);
				this.#judgedTo.push(to);
			}
		}
		if (state === 'good') {
			if (this.#pending) this.#escrow += dt;
			else this.goodMs += dt;
		} else if (state === 'fault') this.faultMs += dt;
		else this.unknownMs += dt;
	}

	faultStarted(code: FaultCode, at: number): void {
		this.faultMs += this.#escrow;
		this.#escrow = 0;
		this.#faults.push({ code, start: at, end: null });
	}

	faultEnded(code: FaultCode, at: number): void {
		const open = this.#faults.findLast((f) => f.code === code && f.end === null);
		if (open) open.end = Math.max(open.start, at);
	}

	/**
	 * A fault of `code` already found within from..to starts at `start` if that is earlier;
	 * false when there is none.
	 */
	extendFault(code: FaultCode, from: number, to: number, start: number): boolean {
		const f = this.#faults.findLast(
			(x) => x.code === code && x.start <= to && (x.end ?? Infinity) >= from
		);
		if (f) f.start = Math.min(f.start, start);
		return f !== undefined;
	}

	/** Codes of faults that overlap from..to (a rep's span). */
	faultsBetween(from: number, to: number): FaultCode[] {
		const codes: FaultCode[] = [];
		for (const f of this.#faults) {
			if (f.start <= to && (f.end ?? Infinity) >= from && !codes.includes(f.code))
				codes.push(f.code);
		}
		return codes;
	}

	rep(rep: Rep, good: boolean): void {
		this.#reps++;
		if (good) this.goodReps++;
		this.lastRepEnd = rep.end;
	}

	step(_t: number): void {
		this.steps++;
	}

	cue(cue: Cue): void {
		this.#cues.push(cue);
	}

	/** Judged time less every fault's span (faults may overlap each other). */
	#exactGoodMs(): number {
		const spans = this.#faults
			.map((f) => [f.start, f.end ?? this.#end] as const)
			.sort((a, b) => a[0] - b[0]);
		let good = 0;
		for (let i = 0; i < this.#judgedFrom.length; i++) {
			let from = this.#judgedFrom[i]!;
			const to = this.#judgedTo[i]!;
			for (const [a, b] of spans) {
				if (b <= from || a >= to) continue;
				if (a > from) good += a - from;
				from = Math.max(from, b);
				if (from >= to) break;
			}
			if (from < to) good += to - from;
		}
		return good;
	}

	summary(): SetSummary {
		const judged = this.goodMs + this.#escrow + this.faultMs;
		const goodMs = this.#exactGoodMs();
		const active = judged;
		const start = this.#start ?? 0;
		return {
			exercise: this.exercise,
			start,
			end: this.#end,
			reps: this.#reps || this.steps,
			goodReps: this.#reps ? this.goodReps : this.steps,
			goodFormSeconds: round1(goodMs),
			activeSeconds: round1(active),
			formScore: active > 0 ? Math.round((1000 * goodMs) / active) / 1000 : null,
			unknownSeconds: round1(this.unknownMs),
			faults: this.#faults.map((f) => ({ code: f.code, start: f.start, end: f.end ?? this.#end })),
			cues: [...this.#cues]
		};
	}
}
