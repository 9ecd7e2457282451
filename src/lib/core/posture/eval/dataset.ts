/**
 * The evaluation set: every labelled clip, and variations of each (see variations.ts), so that
 * the engine is scored on movements it was not tuned on as well as on the clips themselves.
 */
import { coarseMask, lost, mirror, noisy, resample, stretch, type Labelled } from './variations';

/** Variations of one clip; `i` seeds the random ones differently per clip. */
export function variationsOf(l: Labelled, i: number): Labelled[] {
	const end = l.trace.frames.at(-1)?.t ?? 0;
	const firstGood = l.truth.goodIntervals[0];
	const out = [
		mirror(l),
		noisy(l, 0.002, 0.15, 100 + i),
		noisy(mirror(l), 0.003, 0.1, 200 + i),
		stretch(l, 1.5),
		stretch(l, 2.5),
		stretch(l, 0.85),
		coarseMask(l, 64),
		coarseMask(mirror(l), 64),
		resample(stretch(l, 2), 30),
		resample(l, 8, 40, 300 + i)
	];
	if (firstGood && firstGood.end - firstGood.start >= 500) {
		out.push(lost(l, firstGood.start + 100, 300));
	} else if (end > 1000) out.push(lost(l, end - 600, 300));
	return out;
}

export function evaluationSet(clips: readonly Labelled[]): Labelled[] {
	return clips.flatMap((c, i) => [c, ...variationsOf(c, i)]);
}
