/**
 * Maps normalised frame coordinates to the pixels of an element showing the frame with CSS
 * `object-fit`, so the overlay lies on the person at any aspect ratio and orientation.
 */
export type Fit = 'cover' | 'contain';

export interface Placement {
	/** Scale from frame px to element px. */
	scale: number;
	/** Offset of the frame's top-left corner in the element, px (negative when cropped). */
	left: number;
	top: number;
	width: number;
	height: number;
	mirrored: boolean;
	boxWidth: number;
}

export function placeFrame(
	frameWidth: number,
	frameHeight: number,
	boxWidth: number,
	boxHeight: number,
	fit: Fit,
	mirrored: boolean
): Placement {
	const sx = boxWidth / frameWidth;
	const sy = boxHeight / frameHeight;
	const scale = fit === 'cover' ? Math.max(sx, sy) : Math.min(sx, sy);
	const width = frameWidth * scale;
	const height = frameHeight * scale;
	return {
		scale,
		left: (boxWidth - width) / 2,
		top: (boxHeight - height) / 2,
		width,
		height,
		mirrored,
		boxWidth
	};
}

/** Element px of a normalised frame point. A mirrored view flips the element horizontally. */
export function toElement(p: Placement, x: number, y: number): [number, number] {
	const ex = p.left + x * p.width;
	return [p.mirrored ? p.boxWidth - ex : ex, p.top + y * p.height];
}
