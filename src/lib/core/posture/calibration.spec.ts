import { describe, expect, it } from 'vitest';
import { analyzeTrace, calibrationFromTrace } from './analyze';
import {
	CALIBRATION_VERSION,
	CalibrationRecorder,
	parseCalibration,
	type Calibration
} from './calibration';
import { hookLying, standing, T } from './eval/synthetic';
import { Measurer } from './measures';
import { modelFrame, supineTrace } from './testing';

const lyingMeasures = (gapTorso: number, arms?: 'along') => {
	const s = hookLying(1);
	const skeleton = arms
		? {
				...s,
				elbow: { x: s.hip.x + 0.5 * T, y: s.hip.y },
				wrist: { x: s.hip.x + 0.1 * T, y: s.hip.y }
			}
		: s;
	return new Measurer().measure(modelFrame(0, skeleton, 'left', { backGap: gapTorso * T }), [
		'floor-gap'
	]);
};

describe('CalibrationRecorder', () => {
	it('needs 5 good frames in each phase', () => {
		const rec = new CalibrationRecorder('lying');
		for (let i = 0; i < 5; i++) rec.add('braced', lyingMeasures(0));
		for (let i = 0; i < 4; i++) rec.add('relaxed', lyingMeasures(0.1));
		expect(rec.count('relaxed')).toBe(4);
		expect(rec.finish()).toBeNull();
		rec.add('relaxed', lyingMeasures(0.1));
		const c = rec.finish()!;
		expect(c.version).toBe(CALIBRATION_VERSION);
		expect(c.posture).toBe('lying');
		expect(c.braced.floorGap).toBeCloseTo(0, 6);
		expect(c.relaxed.floorGap).toBeCloseTo(lyingMeasures(0.1).floorGap, 10);
		expect(c.relaxed.backHollow).toBeNull();
		expect(c.relaxed.lean).toBeNull();
	});

	it('takes the median, and leaves out frames with the arms in the way or in another posture', () => {
		const rec = new CalibrationRecorder('lying');
		for (const g of [0, 0.01, 0.2, 0, 0]) rec.add('braced', lyingMeasures(g));
		rec.add('braced', lyingMeasures(0.05, 'along'));
		rec.add('braced', new Measurer().measure(modelFrame(0, standing(1, 0), 'left'), ['floor-gap']));
		expect(rec.count('braced')).toBe(5);
		for (let i = 0; i < 5; i++) rec.add('relaxed', lyingMeasures(0.1));
		expect(rec.finish()!.braced.floorGap).toBeCloseTo(0, 6);
	});

	it('records the standing hollow and lean', () => {
		const rec = new CalibrationRecorder('standing');
		const m = (lean: number, hollow: number) =>
			new Measurer().measure(modelFrame(0, standing(1, lean), 'left', { backHollow: hollow * T }), [
				'back-hollow'
			]);
		for (let i = 0; i < 5; i++) rec.add('relaxed', m(3, 0.1));
		for (let i = 0; i < 5; i++) rec.add('braced', m(0, 0));
		const c = rec.finish()!;
		expect(c.posture).toBe('standing');
		expect(c.relaxed.lean).toBeCloseTo(3, 6);
		expect(c.relaxed.backHollow!).toBeGreaterThan(0.06);
		expect(c.braced.backHollow).toBeCloseTo(0, 6);
		expect(c.braced.floorGap).toBeNull();
	});
});

describe('parseCalibration', () => {
	const good: Calibration = {
		version: 1,
		posture: 'lying',
		relaxed: { floorGap: 0.12, backHollow: null, lean: null },
		braced: { floorGap: 0.01, backHollow: null, lean: null }
	};

	it('reads back a stored calibration', () => {
		expect(parseCalibration(JSON.parse(JSON.stringify(good)))).toEqual(good);
	});

	it('rejects other shapes and versions', () => {
		const bad: unknown[] = [
			null,
			undefined,
			'calibration',
			42,
			[],
			{},
			{ ...good, version: 2 },
			{ ...good, version: '1' },
			{ ...good, posture: 'kneeling' },
			{ ...good, relaxed: undefined },
			{ ...good, braced: null },
			{ ...good, relaxed: { floorGap: 0.1, backHollow: null } },
			{ ...good, relaxed: { ...good.relaxed, floorGap: '0.1' } },
			{ ...good, braced: { ...good.braced, lean: NaN } },
			{ ...good, braced: { ...good.braced, floorGap: Infinity } }
		];
		for (const v of bad) expect(parseCalibration(v), JSON.stringify(v)).toBeNull();
	});
});

describe('a calibration in the engine', () => {
	// Flat, then a moderate gap held for 4 s (a natural curve for some, an arch for others), flat.
	const moderate = supineTrace((t) => (t >= 1000 && t < 5000 ? 0.08 * T : 0), 6000, 10);
	const big = supineTrace((t) => (t >= 1000 && t < 5000 ? 0.2 * T : 0), 6000, 10);
	// The routine: 3 s relaxed with a curved back, 3 s braced flat.
	const routine = supineTrace((t) => (t < 3000 ? 0.1 * T : 0), 6000, 10);

	it('comes from a routine trace: relaxed the upper quarter, braced the lower', () => {
		const c = calibrationFromTrace(routine, 'supine-brace')!;
		expect(c.posture).toBe('lying');
		expect(c.relaxed.floorGap).toBeCloseTo(lyingMeasures(0.1).floorGap, 6);
		expect(c.braced.floorGap).toBeCloseTo(0, 6);
		expect(calibrationFromTrace(routine, 'no-such-exercise')).toBeNull();
		expect(
			calibrationFromTrace({ ...routine, frames: routine.frames.slice(0, 12) }, 'supine-brace')
		).toBeNull();
	});

	it('raises the arch threshold for a person whose relaxed back is more curved', () => {
		expect(analyzeTrace(moderate, 'supine-brace').faults.map((f) => f.code)).toEqual([
			'back-arched'
		]);
		const c = calibrationFromTrace(routine, 'supine-brace');
		const calibrated = analyzeTrace(moderate, 'supine-brace', c);
		expect(calibrated.faults).toEqual([]);
		expect(calibrated.formScore).toBe(1);
	});

	it('still finds a real arch', () => {
		const c = calibrationFromTrace(routine, 'supine-brace');
		const got = analyzeTrace(big, 'supine-brace', c);
		expect(got.faults).toHaveLength(1);
		expect(got.faults[0]).toMatchObject({ code: 'back-arched', start: 1000 });
	});

	it('changes nothing for a person as flat relaxed as braced', () => {
		const flat = calibrationFromTrace(
			supineTrace(() => 0, 3000, 10),
			'supine-brace'
		)!;
		expect(flat.relaxed.floorGap).toBeCloseTo(0, 6);
		expect(analyzeTrace(moderate, 'supine-brace', flat).faults.map((f) => f.code)).toEqual([
			'back-arched'
		]);
	});
});
