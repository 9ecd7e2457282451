/** A small greyscale copy of the current video frame, for the light and steadiness checks. */
import type { LumaFrame } from '$lib/core/posture/setup-light';

export class LumaSampler {
	#canvas: OffscreenCanvas | HTMLCanvasElement;
	#ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;

	constructor(width = 64) {
		const height = Math.round((width * 3) / 4);
		this.#canvas =
			typeof OffscreenCanvas === 'function'
				? new OffscreenCanvas(width, height)
				: Object.assign(document.createElement('canvas'), { width, height });
		this.#ctx = this.#canvas.getContext('2d', { willReadFrequently: true }) as
			OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
	}

	/** Keeps the frame's aspect ratio at the sampler's width. */
	sample(video: HTMLVideoElement): LumaFrame | null {
		const ctx = this.#ctx;
		if (!ctx || !video.videoWidth) return null;
		const width = this.#canvas.width;
		const height = Math.max(1, Math.round((width * video.videoHeight) / video.videoWidth));
		if (this.#canvas.height !== height) this.#canvas.height = height;
		ctx.drawImage(video, 0, 0, width, height);
		const rgba = ctx.getImageData(0, 0, width, height).data;
		const data = new Uint8Array(width * height);
		for (let i = 0; i < data.length; i++) {
			// Rec. 601 luma, as cameras encode it.
			data[i] = (rgba[4 * i]! * 299 + rgba[4 * i + 1]! * 587 + rgba[4 * i + 2]! * 114) / 1000;
		}
		return { width, height, data };
	}
}
