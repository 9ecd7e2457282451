/** What the posture engine takes in, one camera frame at a time. */
import type { Landmark, PoseMask } from './setup-types';

export interface PostureFrame {
	/** Capture time, ms. Frames must come in time order; gaps are allowed. */
	t: number;
	/** 33 normalised landmarks (BlazePose order), or null when nobody was found. */
	landmarks: readonly Landmark[] | null;
	/** Metric landmarks, when the landmarker gave them. Not needed by any rule today. */
	world?: readonly Landmark[] | null;
	/** The person mask at any reduced size, 0..255 a pixel (a thresholded 0/255 mask works too). */
	mask?: PoseMask | null;
	/** Size of the analysed camera frame, px: landmarks are normalised to it. */
	width: number;
	height: number;
}
