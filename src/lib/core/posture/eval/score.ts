/**
 * Scores the engine's analysis of a labelled trace against its truth: exact rep count, good-form
 * time error, faults matched by code and time, and fault time reported inside good-form intervals.
 */
import type { TraceAnalysis } from '../analyze';
import type { Interval, Truth } from './variations';

/** A reported fault matches a true one of the same code that it overlaps this much (IoU). */
export const MATCH_IOU = 0.2;

export interface TraceScore {
	name: string;
	exercise: string;
	/** null when the truth has no rep count (holds). */
	repExact: boolean | null;
	reps: { got: number; want: number | null };
	/** Seconds outside the range the truth allows (its good time, up to the unlabelled time too). */
	holdErrorS: number | null;
	/** Per fault code: true positives, false positives, false negatives. */
	codes: Record<string, { tp: number; fp: number; fn: number }>;
	/** Reported fault time inside the truth's good-form intervals. */
	falseFaultS: number;
}

const overlap = (a: Interval, b: Interval) =>
	Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const iou = (a: Interval, b: Interval) => {
	const o = overlap(a, b);
	const u = Math.max(a.end, b.end) - Math.min(a.start, b.start);
	return u > 0 ? o / u : a.start === b.start ? 1 : 0;
};
const sum = (xs: Interval[]) => xs.reduce((s, i) => s + (i.end - i.start), 0);

export function scoreTrace(name: string, truth: Truth, got: TraceAnalysis): TraceScore {
	const codes: TraceScore['codes'] = {};
	const tally = (code: string) => (codes[code] ??= { tp: 0, fp: 0, fn: 0 });
	const used = new Set<number>();
	for (const want of truth.faults) {
		const k = got.faults.findIndex(
			(f, i) => !used.has(i) && f.code === want.code && iou(f, want) >= MATCH_IOU
		);
		if (k >= 0) {
			used.add(k);
			tally(want.code).tp++;
		} else tally(want.code).fn++;
	}
	got.faults.forEach((f, i) => {
		if (!used.has(i)) tally(f.code).fp++;
	});
	let falseFault = 0;
	for (const f of got.faults) for (const g of truth.goodIntervals) falseFault += overlap(f, g);
	let holdErrorS: number | null = null;
	if (truth.reps === null && !truth.wrongView) {
		const good = sum(truth.goodIntervals) / 1000;
		const unlabelled = Math.max(0, got.durationSeconds - good - sum(truth.faults) / 1000);
		const g = got.goodFormSeconds;
		holdErrorS = Math.max(0, good - g, g - (good + unlabelled));
	}
	return {
		name,
		exercise: truth.exercise,
		repExact: truth.reps === null ? null : got.reps === truth.reps,
		reps: { got: got.reps, want: truth.reps },
		holdErrorS,
		codes,
		falseFaultS: falseFault / 1000
	};
}

export interface EvalTotals {
	traces: number;
	repExactPct: number;
	holdErrorS: number;
	precision: number;
	recall: number;
	falseFaultS: number;
	byCode: Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function totals(scores: readonly TraceScore[]): EvalTotals {
	const reps = scores.filter((s) => s.repExact !== null);
	const holds = scores.filter((s) => s.holdErrorS !== null);
	const byCode: EvalTotals['byCode'] = {};
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const s of scores)
		for (const [code, c] of Object.entries(s.codes)) {
			const b = (byCode[code] ??= { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 });
			b.tp += c.tp;
			b.fp += c.fp;
			b.fn += c.fn;
			tp += c.tp;
			fp += c.fp;
			fn += c.fn;
		}
	for (const b of Object.values(byCode)) {
		b.precision = ratio(b.tp, b.tp + b.fp);
		b.recall = ratio(b.tp, b.tp + b.fn);
	}
	return {
		traces: scores.length,
		repExactPct: (100 * reps.filter((s) => s.repExact).length) / Math.max(1, reps.length),
		holdErrorS: holds.reduce((a, s) => a + s.holdErrorS!, 0) / Math.max(1, holds.length),
		precision: ratio(tp, tp + fp),
		recall: ratio(tp, tp + fn),
		falseFaultS: scores.reduce((a, s) => a + s.falseFaultS, 0),
		byCode
	};
}
