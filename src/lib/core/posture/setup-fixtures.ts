/** Test-data factories: synthetic poses in normalised coordinates of a 640x480 frame. */
import { LANDMARK_COUNT, LM, type Landmark } from './setup-types';

type Points = Partial<Record<keyof typeof LM, [number, number]>>;

/** Builds 33 landmarks from named points; unnamed ones sit at the hips, unseen. */
export function pose(points: Points, visibility = 0.95, farSide = visibility): Landmark[] {
	const out: Landmark[] = Array.from({ length: LANDMARK_COUNT }, () => ({
		x: 0.5,
		y: 0.5,
		z: 0,
		visibility: 0
	}));
	for (const [name, [x, y]] of Object.entries(points) as [keyof typeof LM, [number, number]][]) {
		const far = name.startsWith('right');
		out[LM[name]] = { x, y, z: 0, visibility: far ? farSide : visibility };
	}
	return out;
}

/** Mirrored left/right pairs around `cx`, `half` apart horizontally. */
function pairs(cx: number, rows: [string, number, number][]): Points {
	const out: Record<string, [number, number]> = {};
	for (const [part, y, half] of rows) {
		out[`left${part}`] = [cx + half, y];
		out[`right${part}`] = [cx - half, y];
	}
	return out as Points;
}

/** Standing, facing the camera, head to feet over `height` of the frame. */
export function standingFront(height = 0.8, cx = 0.5): Landmark[] {
	const top = (1 - height) / 2;
	const y = (f: number) => top + f * height;
	return pose({
		nose: [cx, y(0.06)],
		...pairs(cx, [
			['Eye', y(0.04), 0.012],
			['Ear', y(0.05), 0.03],
			['Shoulder', y(0.2), 0.06 * (height / 0.8)],
			['Elbow', y(0.36), 0.08 * (height / 0.8)],
			['Wrist', y(0.5), 0.08 * (height / 0.8)],
			['Hip', y(0.52), 0.04 * (height / 0.8)],
			['Knee', y(0.75), 0.04 * (height / 0.8)],
			['Ankle', y(0.97), 0.04 * (height / 0.8)]
		])
	});
}

/** Standing side-on: left and right nearly on top of each other, the far side hard to see. */
export function standingSide(height = 0.8): Landmark[] {
	const lm = standingFront(height);
	return lm
		.map((p, i) => (i > 0 ? { ...p, x: 0.5 + (p.x - 0.5) * 0.1 } : p))
		.map((p, i) => (i % 2 === 0 && i > 10 ? { ...p, visibility: 0.3 } : p));
}

/** Lying on the back, knees bent, seen from the side on the floor. */
export function lyingSide(): Landmark[] {
	const side = (x: number, y: number): [number, number] => [x, y];
	return pose(
		{
			nose: side(0.14, 0.68),
			leftEar: side(0.16, 0.7),
			rightEar: side(0.16, 0.7),
			leftShoulder: side(0.26, 0.74),
			rightShoulder: side(0.26, 0.73),
			leftHip: side(0.52, 0.75),
			rightHip: side(0.52, 0.74),
			leftKnee: side(0.64, 0.58),
			rightKnee: side(0.64, 0.57),
			leftAnkle: side(0.76, 0.76),
			rightAnkle: side(0.76, 0.75)
		},
		0.95,
		0.3
	);
}

/** A flat greyscale frame with an optional darker or lighter person box. */
export function lumaFrame(
	background: number,
	person?: { value: number; box: [number, number, number, number] },
	width = 64,
	height = 48
) {
	const data = new Uint8Array(width * height).fill(background);
	if (person) {
		const [x0, y0, x1, y1] = person.box;
		// Pixel centres inside the box, as lightStats counts them.
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				const [cx, cy] = [(x + 0.5) / width, (y + 0.5) / height];
				if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) data[y * width + x] = person.value;
			}
		}
	}
	return { width, height, data };
}
