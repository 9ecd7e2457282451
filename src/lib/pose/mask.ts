/**
 * Shrinks a float segmentation mask (0..1 per pixel) to `width` pixels wide, one byte a pixel.
 * Box-averages the source pixels that fall in each target pixel, so thin gaps (the space under
 * a lifted lower back) survive as partial values instead of vanishing between samples.
 */
export function shrinkMask(
	source: Float32Array,
	sourceWidth: number,
	sourceHeight: number,
	width: number
): { width: number; height: number; data: Uint8Array } {
	const w = Math.max(1, Math.min(width, sourceWidth));
	const h = Math.max(1, Math.round((sourceHeight * w) / sourceWidth));
	const data = new Uint8Array(w * h);
	for (let y = 0; y < h; y++) {
		const y0 = Math.floor((y * sourceHeight) / h);
		const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * sourceHeight) / h));
		for (let x = 0; x < w; x++) {
			const x0 = Math.floor((x * sourceWidth) / w);
			const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * sourceWidth) / w));
			let sum = 0;
			for (let sy = y0; sy < y1; sy++) {
				const row = sy * sourceWidth;
				for (let sx = x0; sx < x1; sx++) sum += source[row + sx]!;
			}
			data[y * w + x] = Math.round((255 * sum) / ((y1 - y0) * (x1 - x0)));
		}
	}
	return { width: w, height: h, data };
}
