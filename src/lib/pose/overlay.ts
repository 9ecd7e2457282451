/** Draws the skeleton over the video, in the element's own pixels (object-fit aware). */
import { SKELETON, type Landmark } from '$lib/core/posture/setup-types';
import { placeFrame, toElement, type Fit } from './fit';

const SEEN = 0.5;

export interface OverlayView {
	frameWidth: number;
	frameHeight: number;
	fit: Fit;
	mirrored: boolean;
}

/** Sizes the canvas backing store to its CSS box at device resolution; returns the CSS size. */
function fitCanvas(canvas: HTMLCanvasElement): { width: number; height: number; dpr: number } {
	const dpr = Math.min(globalThis.devicePixelRatio || 1, 2);
	const width = canvas.clientWidth;
	const height = canvas.clientHeight;
	const w = Math.round(width * dpr);
	const h = Math.round(height * dpr);
	if (canvas.width !== w || canvas.height !== h) {
		canvas.width = w;
		canvas.height = h;
	}
	return { width, height, dpr };
}

export function clearOverlay(canvas: HTMLCanvasElement): void {
	canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
}

export function drawSkeleton(
	canvas: HTMLCanvasElement,
	landmarks: readonly Landmark[] | null,
	view: OverlayView
): void {
	const ctx = canvas.getContext('2d');
	if (!ctx) return;
	const { width, height, dpr } = fitCanvas(canvas);
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	ctx.clearRect(0, 0, width, height);
	if (!landmarks) return;
	const place = placeFrame(
		view.frameWidth,
		view.frameHeight,
		width,
		height,
		view.fit,
		view.mirrored
	);
	const pts = landmarks.map((p) => toElement(place, p.x, p.y));
	const line = Math.max(2, Math.min(width, height) / 160);
	ctx.lineCap = 'round';
	ctx.lineWidth = line * 2;
	ctx.strokeStyle = 'rgba(0, 0, 0, 0.45)';
	strokeBones(ctx, pts, landmarks);
	ctx.lineWidth = line;
	ctx.strokeStyle = '#7cf2d8';
	strokeBones(ctx, pts, landmarks);
	ctx.fillStyle = '#ffffff';
	landmarks.forEach((p, i) => {
		if (p.visibility < SEEN || (i > 0 && i < 11)) return;
		const [x, y] = pts[i]!;
		ctx.beginPath();
		ctx.arc(x, y, line * 1.4, 0, Math.PI * 2);
		ctx.fill();
	});
}

function strokeBones(
	ctx: CanvasRenderingContext2D,
	pts: readonly [number, number][],
	lm: readonly Landmark[]
): void {
	ctx.beginPath();
	for (const [a, b] of SKELETON) {
		if (lm[a]!.visibility < SEEN || lm[b]!.visibility < SEEN) continue;
		ctx.moveTo(...pts[a]!);
		ctx.lineTo(...pts[b]!);
	}
	ctx.stroke();
}
