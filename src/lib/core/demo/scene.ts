import {
	GROUND_Y,
	type Figure,
	type FigureProp,
	type FigureView,
	type KeyframeSequence,
	type Point
} from '../program/keyframes';
import { drawBody, type BodyDrawing } from './body';
import { add, bounds, capsule, mul, polygon, smoothClosed, sub, unit, type Bounds } from './vec';

/** Props and the floor around the figure, in frame units; all pure path data. */
export interface PropShape {
	id: FigureProp;
	d: string;
	points: Point[];
	/** Drawn in front of the figure (a box held in the hands) rather than behind it. */
	front?: boolean;
}

export interface SceneDrawing {
	body: BodyDrawing;
	props: PropShape[];
}

export const viewOf = (sequence: KeyframeSequence): FigureView => sequence.view ?? 'side';

const rect = (x: number, y: number, w: number, h: number, r: number): Point[] => {
	const c = (cx: number, cy: number, from: number) =>
		Array.from({ length: 5 }, (_, i) => {
			const a = from + (i * Math.PI) / 8;
			return { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
		});
	return [
		...c(x + w - r, y + r, -Math.PI / 2),
		...c(x + w - r, y + h - r, 0),
		...c(x + r, y + h - r, Math.PI / 2),
		...c(x + r, y + r, Math.PI)
	];
};

/** A chair whose seat meets the hips of the sequence's first (sitting) frame. */
function chair(seated: Figure): PropShape {
	const { hip, knee } = seated.joints;
	const seat = hip.y + 0.024;
	const back = hip.x - 0.07;
	const front = Math.max(hip.x + 0.06, knee.x - 0.03);
	const leg = 0.012;
	const parts = [
		rect(back - 0.02, seat, front - back + 0.02, 0.022, 0.008),
		rect(back - 0.02, seat - 0.2, 0.022, 0.22, 0.008),
		rect(back - 0.016, seat, leg, GROUND_Y - seat, 0.004),
		rect(front - leg - 0.002, seat, leg, GROUND_Y - seat, 0.004)
	];
	return { id: 'chair', d: parts.map(polygon).join(''), points: parts.flat() };
}

/** A box held in front of the hands; it rests on the floor when the hands are low. */
function box(figure: Figure): PropShape {
	const w = 0.1;
	const h = 0.08;
	const hands = figure.joints.wrist;
	const top = Math.min(hands.y - 0.015, GROUND_Y - h);
	const points = rect(hands.x - w * 0.35, top, w, h, 0.008);
	return { id: 'box', d: polygon(points), points, front: true };
}

/** A towel from the hands round the sole of the foot. */
function towel(figure: Figure): PropShape {
	const j = figure.joints;
	const sole = add(j.toe, mul(unit(sub(j.toe, j.ankle)), -0.02));
	const straps = [j.wrist, j.wristFar].map((hand) => capsule(hand, sole, 0.006, 0.006, 4));
	return { id: 'towel', d: straps.map(polygon).join(''), points: straps.flat(), front: true };
}

/** A pillow under the head: between head and floor from the front, under it from above. */
function pillow(body: BodyDrawing, view: FigureView): PropShape {
	const c = body.head.c;
	const points =
		view === 'above'
			? rect(c.x - 0.075, c.y - 0.055, 0.15, 0.11, 0.03)
			: rect(c.x - 0.07, GROUND_Y - 0.035, 0.14, 0.036, 0.016);
	return { id: 'pillow', d: smoothClosed(points), points };
}

/** The body and its props for one moment of a sequence. */
export function drawScene(
	sequence: KeyframeSequence,
	figure: Figure,
	seated: Figure
): SceneDrawing {
	const view = viewOf(sequence);
	const body = drawBody(figure.joints, figure.shape, view);
	const props: PropShape[] = [];
	for (const prop of sequence.props ?? []) {
		if (prop === 'chair') props.push(chair(seated));
		if (prop === 'box') props.push(box(figure));
		if (prop === 'towel') props.push(towel(figure));
		if (prop === 'pillow') props.push(pillow(body, view));
	}
	return { body, props };
}

/** Everything drawn for a moment, for framing. */
export function sceneBounds(scene: SceneDrawing, into?: Bounds): Bounds {
	let b = into;
	for (const part of scene.body.parts) b = bounds(part.points, b);
	for (const prop of scene.props) b = bounds(prop.points, b);
	return b ?? bounds([]);
}
