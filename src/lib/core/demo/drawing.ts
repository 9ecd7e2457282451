import { figureOf, type KeyframeSequence } from '../program/keyframes';
import type { Side } from '../program/timing';
import type { Sidedness } from '../program/types';
import { demoPose, forSide, keyFrameIndexes, type DemoMoment } from './clip';
import { fitSequence, seatedFigure, type ViewBox } from './frame';
import { marksFor, type Marks } from './marks';
import { drawScene, sceneBounds, viewOf, type SceneDrawing } from './scene';
import { bounds, type Bounds } from './vec';

/** What a moment draws, arrow included. */
function drawnBounds(scene: SceneDrawing, marks: Marks): Bounds {
	const b = sceneBounds(scene);
	return marks.arrow ? bounds(marks.arrow.points, b) : b;
}

/** Everything the demo SVG draws for one moment. */
export interface DemoDrawing {
	scene: SceneDrawing;
	marks: Marks;
	/** The loop's box, before mirroring. */
	box: ViewBox;
	/** What this moment draws, before mirroring. */
	bounds: Bounds;
	mirrored: boolean;
	/** A still may be shown in a box of its own (see displayBox). */
	still: boolean;
	view: ReturnType<typeof viewOf>;
	mat: boolean;
}

function keyFigure(sequence: KeyframeSequence, i: number) {
	const f = sequence.frames[i];
	if (!f) throw new Error(`No keyframe ${i} for ${sequence.exerciseId}`);
	return figureOf(sequence, f.angles, f.at ?? sequence.at);
}

export function demoDrawing(
	base: KeyframeSequence,
	sided: Sidedness,
	side: Side | null,
	moment: DemoMoment
): DemoDrawing {
	const pose = demoPose(base, sided, side, moment);
	const { sequence } = pose;
	const scene = drawScene(sequence, pose.figure, seatedFigure(sequence));
	const marks = marksFor(
		sequence,
		pose.from,
		pose.to,
		keyFigure(sequence, pose.from),
		keyFigure(sequence, pose.to),
		scene.body
	);
	return {
		scene,
		marks,
		box: fitSequence(sequence),
		bounds: drawnBounds(scene, marks),
		still: false,
		mirrored: pose.mirrored,
		view: viewOf(sequence),
		mat: sequence.props?.includes('mat') ?? false
	};
}

export interface KeyPosition {
	index: number;
	label: string;
	/** "Start", "Hold" (the position held longest in a hold), or "Then". */
	role: 'Start' | 'Hold' | 'Then';
	drawing: DemoDrawing;
}

/** The key positions as stills, each with its marks: for reduced motion and the exercise list. */
export function keyPositions(
	base: KeyframeSequence,
	sided: Sidedness,
	side: Side | null,
	holds: boolean
): KeyPosition[] {
	const { sequence, mirrored } = forSide(base, sided, side);
	const indexes = keyFrameIndexes(sequence, sided);
	const longest = Math.max(...sequence.frames.map((f) => f.holdMs));
	// A continuous loop (breathing, walking) has no resting start: each position shows how it got
	// there from the one before. Otherwise the start is plain and the others show the way from it.
	const continuous = sequence.frames.every((f) => f.holdMs === 0);
	return indexes.map((index, i) => {
		const frame = sequence.frames[index];
		const figure = keyFigure(sequence, index);
		const scene = drawScene(sequence, figure, seatedFigure(sequence));
		const previous = indexes[(i - 1 + indexes.length) % indexes.length] ?? 0;
		const [from, to] = continuous ? [previous, index] : [0, index];
		const marks = marksFor(
			sequence,
			from,
			to,
			keyFigure(sequence, from),
			keyFigure(sequence, to),
			scene.body
		);
		const role = index === 0 ? 'Start' : holds && frame?.holdMs === longest ? 'Hold' : 'Then';
		return {
			index,
			label: frame?.label ?? '',
			role,
			drawing: {
				scene,
				marks,
				box: fitSequence(sequence),
				bounds: drawnBounds(scene, marks),
				still: true,
				mirrored,
				view: viewOf(sequence),
				mat: sequence.props?.includes('mat') ?? false
			}
		};
	});
}
