/**
 * Calibration: the person's own relaxed and braced values, from a short routine ("lie relaxed
 * ... now brace"), so thresholds fit their body and their camera. Optional: without it the
 * rules use defaults and learn a resting floor during the set (baseline.ts).
 */
import type { Measures } from './measures';

export const CALIBRATION_VERSION = 1;

export interface CalibrationValues {
	/** Lying: gap under the lower back, torso lengths. */
	floorGap: number | null;
	/** Standing: hollow of the lower back, torso lengths. */
	backHollow: number | null;
	/** Standing: trunk lean from vertical, degrees (forward positive). */
	lean: number | null;
}

export interface Calibration {
	version: typeof CALIBRATION_VERSION;
	posture: 'lying' | 'standing';
	relaxed: CalibrationValues;
	braced: CalibrationValues;
}

export type CalibrationPhase = 'relaxed' | 'braced';

const median = (xs: number[]) => {
	if (xs.length === 0) return null;
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Collects measures per phase of the routine and gives the person's values. */
export class CalibrationRecorder {
	readonly posture: 'lying' | 'standing';
	#samples: Record<CalibrationPhase, Record<keyof CalibrationValues, number[]>> = {
		relaxed: { floorGap: [], backHollow: [], lean: [] },
		braced: { floorGap: [], backHollow: [], lean: [] }
	};

	constructor(posture: 'lying' | 'standing') {
		this.posture = posture;
	}

	add(phase: CalibrationPhase, m: Measures): void {
		if (!m.present || !m.coreSeen) return;
		const s = this.#samples[phase];
		if (this.posture === 'lying') {
			if (m.posture === 'lying' && !m.armsInTheWay && Number.isFinite(m.floorGap))
				s.floorGap.push(m.floorGap);
		} else if (m.posture === 'standing') {
			if (Number.isFinite(m.backHollow)) s.backHollow.push(m.backHollow);
			if (Number.isFinite(m.lean)) s.lean.push(m.lean);
		}
	}

	/** Frames that counted, per phase. */
	count(phase: CalibrationPhase): number {
		const s = this.#samples[phase];
		return this.posture === 'lying' ? s.floorGap.length : s.backHollow.length;
	}

	/** The calibration, or null when a phase has too few good frames (under 5). */
	finish(): Calibration | null {
		if (this.count('relaxed') < 5 || this.count('braced') < 5) return null;
		const values = (phase: CalibrationPhase): CalibrationValues => ({
			floorGap: median(this.#samples[phase].floorGap),
			backHollow: median(this.#samples[phase].backHollow),
			lean: median(this.#samples[phase].lean)
		});
		return {
			version: CALIBRATION_VERSION,
			posture: this.posture,
			relaxed: values('relaxed'),
			braced: values('braced')
		};
	}
}

/** A stored calibration read back: null when it is not one (wrong shape or version). */
export function parseCalibration(v: unknown): Calibration | null {
	if (typeof v !== 'object' || v === null) return null;
	const c = v as Partial<Calibration>;
	if (c.version !== CALIBRATION_VERSION) return null;
	if (c.posture !== 'lying' && c.posture !== 'standing') return null;
	const ok = (x: unknown): x is CalibrationValues =>
		typeof x === 'object' &&
		x !== null &&
		['floorGap', 'backHollow', 'lean'].every((k) => {
			const n = (x as Record<string, unknown>)[k];
			return n === null || (typeof n === 'number' && Number.isFinite(n));
		});
	return ok(c.relaxed) && ok(c.braced) ? (c as Calibration) : null;
}
