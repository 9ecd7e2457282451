/**
 * `npm run eval:posture`: scores the posture engine on the labelled clips in
 * tests/fixtures/posture-dev/ and on variations of them (mirrored, noisy, dropped frames, slower
 * and faster, 8 and 30 frames a second, a 64-pixel mask, tracking lost), plus the synthetic body
 * model's traces. Prints per exercise, then one summary line. `--verbose` lists every trace.
 */
import { analyzeTrace } from '../src/lib/core/posture/analyze';
import { loadClips } from '../src/lib/core/posture/eval/clips';
import { evaluationSet } from '../src/lib/core/posture/eval/dataset';
import { scoreTrace, totals, type TraceScore } from '../src/lib/core/posture/eval/score';
import { syntheticSet } from '../src/lib/core/posture/eval/synthetic';

const verbose = process.argv.includes('--verbose');
const clips = loadClips();

const set = [...evaluationSet(clips), ...syntheticSet()];
const scores: TraceScore[] = set.map((l) => {
	const got = analyzeTrace(l.trace, l.truth.exercise);
	const s = scoreTrace(l.name, l.truth, got);
	if (verbose) {
		const bad =
			s.repExact === false ||
			(s.holdErrorS ?? 0) > 0.5 ||
			Object.values(s.codes).some((c) => c.fp || c.fn) ||
			s.falseFaultS > 0;
		const faults = got.faults.map((f) => `${f.code}:${f.start}-${f.end}`).join(' ');
		const want = l.truth.faults.map((f) => `${f.code}:${f.start}-${f.end}`).join(' ');
		console.log(
			`${bad ? '✗' : '✓'} ${l.name}: reps ${got.reps}/${l.truth.reps ?? '-'} good ${got.goodFormSeconds}s` +
				` hold_err ${s.holdErrorS?.toFixed(2) ?? '-'} faults [${faults}] want [${want}]`
		);
	}
	return s;
});

const pct = (v: number) => (100 * v).toFixed(0);
const fmt = (v: number, d = 2) => v.toFixed(d);
const exercises = [...new Set(scores.map((s) => s.exercise))].sort();
console.log(
	'exercise            traces  reps exact  hold err s  faults (precision/recall per code)'
);
for (const ex of exercises) {
	const t = totals(scores.filter((s) => s.exercise === ex));
	const reps = scores.some((s) => s.exercise === ex && s.repExact !== null)
		? `${fmt(t.repExactPct, 0)} %`
		: '-';
	const holds = scores.some((s) => s.exercise === ex && s.holdErrorS !== null)
		? fmt(t.holdErrorS)
		: '-';
	const codes = Object.entries(t.byCode)
		.map(([c, b]) => `${c} ${pct(b.precision)}/${pct(b.recall)} %`)
		.join(', ');
	console.log(
		`${ex.padEnd(20)}${String(t.traces).padStart(6)}  ${reps.padStart(10)}  ${holds.padStart(10)}  ${codes || '-'}`
	);
}
const all = totals(scores);
console.log(
	`posture-eval traces=${all.traces} rep_exact_pct=${fmt(all.repExactPct, 1)} hold_err_s=${fmt(all.holdErrorS, 3)}` +
		` fault_precision=${fmt(all.precision, 3)} fault_recall=${fmt(all.recall, 3)} false_fault_s=${fmt(all.falseFaultS, 1)}`
);
