/**
 * Draws the skeleton over the video, in the element's own pixels (object-fit aware), coloured by
 * the form's state with the part at fault in the fault colour, and the ghost of the target
 * position when there is one. The canvas size comes from a ResizeObserver, never from reading
 * layout in the frame loop; the point buffer is reused.
 */
import { LANDMARK_COUNT, SKELETON, type Landmark } from '$lib/core/posture/setup-types';
import { placeFrame, type Fit } from './fit';

const SEEN = 0.5;

export interface OverlayView {
	frameWidth: number;
	frameHeight: number;
	fit: Fit;
	mirrored: boolean;
}

/** Body parts a fault can be about, by the bones that show them. */
export type OverlayPart = 'back' | 'hips' | 'chest' | 'trunk' | 'leg' | 'arm' | 'head' | 'knee';

export interface OverlayStyle {
	state: 'setting-up' | 'good' | 'fault' | 'unknown';
	/** Parts drawn in the fault colour. */
	parts: readonly OverlayPart[];
	/** A target position in normalised frame coordinates (pairs of points, bone by bone). */
	ghost?: readonly (readonly [number, number, number, number])[] | null;
}

export const DEFAULT_STYLE: OverlayStyle = { state: 'setting-up', parts: [] };

const COLOURS = {
	good: '#3ddc97',
	fault: '#ff7a45',
	'setting-up': '#7cf2d8',
	unknown: '#b8c2cc'
} as const;

/** The bones (index pairs of SKELETON) that make up each part. */
const PART_BONES: Record<OverlayPart, readonly number[]> = (() => {
	const bone = (a: number, b: number) =>
		SKELETON.findIndex(([x, y]) => (x === a && y === b) || (x === b && y === a));
	const torso = [bone(11, 23), bone(12, 24), bone(23, 24), bone(11, 12)];
	return {
		back: torso,
		trunk: torso,
		chest: [bone(11, 12), bone(11, 23), bone(12, 24)],
		hips: [bone(23, 24), bone(23, 25), bone(24, 26), bone(11, 23), bone(12, 24)],
		leg: [bone(23, 25), bone(25, 27), bone(24, 26), bone(26, 28)],
		knee: [bone(23, 25), bone(25, 27), bone(24, 26), bone(26, 28)],
		arm: [bone(11, 13), bone(13, 15), bone(12, 14), bone(14, 16)],
		head: [bone(7, 2), bone(2, 0), bone(0, 5), bone(5, 8)]
	};
})();

/** Tracks a canvas's CSS size and keeps its backing store at device resolution. */
export class OverlayCanvas {
	readonly canvas: HTMLCanvasElement;
	#width = 0;
	#height = 0;
	#observer: ResizeObserver | null = null;
	#xs = new Float64Array(LANDMARK_COUNT);
	#ys = new Float64Array(LANDMARK_COUNT);
	#faulty = new Uint8Array(SKELETON.length);

	constructor(canvas: HTMLCanvasElement) {
		this.canvas = canvas;
		this.#measure(canvas.clientWidth, canvas.clientHeight);
		if (typeof ResizeObserver === 'function') {
			this.#observer = new ResizeObserver((entries) => {
				const box = entries[0]?.contentRect;
				if (box) this.#measure(box.width, box.height);
			});
			this.#observer.observe(canvas);
		}
	}

	#measure(width: number, height: number): void {
		const dpr = Math.min(globalThis.devicePixelRatio || 1, 2);
		this.#width = width;
		this.#height = height;
		const w = Math.round(width * dpr);
		const h = Math.round(height * dpr);
		if (this.canvas.width !== w || this.canvas.height !== h) {
			this.canvas.width = w;
			this.canvas.height = h;
		}
	}

	clear(): void {
		this.canvas.getContext('2d')?.clearRect(0, 0, this.canvas.width, this.canvas.height);
	}

	close(): void {
		this.#observer?.disconnect();
		this.#observer = null;
		this.clear();
	}

	draw(landmarks: readonly Landmark[] | null, view: OverlayView, style: OverlayStyle): void {
		const ctx = this.canvas.getContext('2d');
		if (!ctx) return;
		const width = this.#width;
		const height = this.#height;
		const dpr = width > 0 ? this.canvas.width / width : 1;
		ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
		ctx.clearRect(0, 0, width, height);
		if (!landmarks || width === 0) return;
		const place = placeFrame(
			view.frameWidth,
			view.frameHeight,
			width,
			height,
			view.fit,
			view.mirrored
		);
		const xs = this.#xs;
		const ys = this.#ys;
		const at = (x: number) => {
			const ex = place.left + x * place.width;
			return place.mirrored ? place.boxWidth - ex : ex;
		};
		for (let i = 0; i < LANDMARK_COUNT; i++) {
			const p = landmarks[i]!;
			xs[i] = at(p.x);
			ys[i] = place.top + p.y * place.height;
		}
		const line = Math.max(3, Math.min(width, height) / 110);
		ctx.lineCap = 'round';
		if (style.ghost?.length) {
			ctx.lineWidth = line * 2.2;
			ctx.strokeStyle = 'rgba(255, 255, 255, 0.35)';
			ctx.beginPath();
			for (const [x1, y1, x2, y2] of style.ghost) {
				ctx.moveTo(at(x1), place.top + y1 * place.height);
				ctx.lineTo(at(x2), place.top + y2 * place.height);
			}
			ctx.stroke();
		}
		const faulty = this.#faulty;
		faulty.fill(0);
		if (style.state === 'fault')
			for (const part of style.parts) for (const b of PART_BONES[part]) if (b >= 0) faulty[b] = 1;
		ctx.lineWidth = line * 2;
		ctx.strokeStyle = 'rgba(0, 0, 0, 0.5)';
		this.#bones(ctx, landmarks, -1);
		ctx.lineWidth = line;
		ctx.strokeStyle = COLOURS[style.state === 'fault' ? 'good' : style.state];
		this.#bones(ctx, landmarks, 0);
		if (style.state === 'fault') {
			ctx.lineWidth = line * 1.4;
			ctx.strokeStyle = COLOURS.fault;
			this.#bones(ctx, landmarks, 1);
		}
		ctx.fillStyle = '#ffffff';
		ctx.beginPath();
		for (let i = 11; i < LANDMARK_COUNT; i++) {
			if (landmarks[i]!.visibility < SEEN) continue;
			ctx.moveTo(xs[i]! + line * 1.4, ys[i]!);
			ctx.arc(xs[i]!, ys[i]!, line * 1.4, 0, Math.PI * 2);
		}
		ctx.fill();
	}

	/** Strokes the bones whose fault flag is `which` (-1: all of them). */
	#bones(ctx: CanvasRenderingContext2D, lm: readonly Landmark[], which: -1 | 0 | 1): void {
		ctx.beginPath();
		for (let k = 0; k < SKELETON.length; k++) {
			if (which >= 0 && this.#faulty[k] !== which) continue;
			const [a, b] = SKELETON[k]!;
			if (lm[a]!.visibility < SEEN || lm[b]!.visibility < SEEN) continue;
			ctx.moveTo(this.#xs[a]!, this.#ys[a]!);
			ctx.lineTo(this.#xs[b]!, this.#ys[b]!);
		}
		ctx.stroke();
	}
}
