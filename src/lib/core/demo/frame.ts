import {
	figureAt,
	figureOf,
	GROUND_Y,
	sequenceMs,
	type Figure,
	type FigureView,
	type KeyframeSequence
} from '../program/keyframes';
import { drawScene, sceneBounds, viewOf } from './scene';
import { bounds, type Bounds } from './vec';
import { marksFor } from './marks';

/** A viewBox in frame units. */
export interface ViewBox {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Space around the figure, as a share of its larger side. */
const PAD = 0.07;
/** The loop is sampled this often for its bounds: moves between keyframes are smooth. */
const SAMPLE_MS = 200;

/** The sitting frame props such as a chair are placed from. */
export function seatedFigure(sequence: KeyframeSequence): Figure {
	const first = sequence.frames[0];
	if (!first) throw new Error(`No keyframes for ${sequence.exerciseId}`);
	return figureOf(sequence, first.angles, first.at ?? sequence.at);
}

/** Bounds of everything the sequence ever draws (every keyframe and the moves between them). */
export function sequenceBounds(sequence: KeyframeSequence): Bounds {
	const seated = seatedFigure(sequence);
	const total = sequenceMs(sequence);
	let b: Bounds | undefined;
	for (let t = 0; t <= total; t += SAMPLE_MS) {
		b = sceneBounds(drawScene(sequence, figureAt(sequence, t), seated), b);
	}
	const figures = sequence.frames.map((f) => figureOf(sequence, f.angles, f.at ?? sequence.at));
	figures.forEach((figure, i) => {
		const scene = drawScene(sequence, figure, seated);
		b = sceneBounds(scene, b);
		// The arrows for moving here from the start and from the frame before.
		for (const from of [0, (i - 1 + figures.length) % figures.length]) {
			const start = figures[from];
			if (!start || from === i) continue;
			const arrow = marksFor(sequence, from, i, start, figure, scene.body).arrow;
			if (arrow) b = bounds(arrow.points, b);
		}
	});
	if (!b) throw new Error(`Nothing to draw for ${sequence.exerciseId}`);
	return b;
}

const cache = new Map<string, ViewBox>();

/**
 * The box the figure is drawn in: tight round the whole movement so the figure fills it, and
 * one box for the whole loop so the figure never zooms. The floor is always inside; a figure
 * seen from above has no floor line, only the mat under it.
 */
export function fitSequence(sequence: KeyframeSequence): ViewBox {
	const key = `${sequence.exerciseId}:${sequence.view ?? 'side'}`;
	const known = cache.get(key);
	if (known) return known;
	const box = boxAround(sequenceBounds(sequence), viewOf(sequence));
	cache.set(key, box);
	return box;
}

/** A box round some bounds with a margin, the floor inside unless seen from above. */
export function boxAround(b: Bounds, view: FigureView): ViewBox {
	const pad = PAD * Math.max(b.maxX - b.minX, b.maxY - b.minY);
	const floor = view === 'above' ? b.maxY + pad : Math.max(b.maxY, GROUND_Y) + pad * 0.6;
	return {
		x: b.minX - pad,
		y: b.minY - pad,
		w: b.maxX - b.minX + 2 * pad,
		h: floor - (b.minY - pad)
	};
}

/** How much of a box the bounds fill, along the side where they fill it most. */
export function fillOf(b: Bounds, box: ViewBox): number {
	return Math.max((b.maxX - b.minX) / box.w, (b.maxY - b.minY) / box.h);
}

/** The same box for the figure mirrored about the frame's centre line (x becomes 1 - x). */
export function mirrorBox(box: ViewBox): ViewBox {
	return { ...box, x: 1 - (box.x + box.w) };
}

/** A box grown to a width:height ratio: wider round the centre, or taller above the floor. */
export function toAspect(box: ViewBox, aspect: number, view: FigureView): ViewBox {
	if (!(aspect > 0)) return box;
	if (box.w / box.h < aspect) {
		const w = box.h * aspect;
		return { ...box, x: box.x - (w - box.w) / 2, w };
	}
	const h = box.w / aspect;
	// Standing on the floor: the extra height goes above, so the floor stays at the bottom.
	const y = view === 'above' ? box.y - (h - box.h) / 2 : box.y - (h - box.h);
	return { ...box, y, h };
}

/** A figure that would fill less than this of the shared box gets a box of its own. */
export const OWN_BOX_BELOW = 0.8;

/**
 * The box to show a drawing in, shaped like the element it fills: the loop's box, so the scale
 * never jumps, except for a still whose own position would fill too little of it.
 */
export function displayBox(
	drawing: { box: ViewBox; bounds: Bounds; view: FigureView; mirrored: boolean; still: boolean },
	aspect: number
): ViewBox {
	let box = toAspect(drawing.box, aspect, drawing.view);
	if (drawing.still && fillOf(drawing.bounds, box) < OWN_BOX_BELOW) {
		box = toAspect(boxAround(drawing.bounds, drawing.view), aspect, drawing.view);
	}
	return drawing.mirrored ? mirrorBox(box) : box;
}
