import { describe, expect, it } from 'vitest';
import { lumaFrame, lyingSide, standingFront } from './setup-fixtures';
import { faceShown, placementAdvice, requirementFor, SetupGuide } from './setup-guide';

const lit = () => lumaFrame(150, { value: 60, box: [0.3, 0.1, 0.7, 0.95] });
const sample = (landmarks: ReturnType<typeof lyingSide> | null) => ({
	landmarks,
	frameWidth: 640,
	frameHeight: 480,
	luma: lit()
});

describe('placementAdvice', () => {
	it('puts the tablet low on the floor for floor work and at waist height standing', () => {
		expect(placementAdvice({ view: 'side', placement: 'floor' })).toMatch(
			/on the floor 2 to 3 metres.*your side/
		);
		expect(placementAdvice({ view: 'front', placement: 'floor' })).toMatch(/side plank/);
		expect(placementAdvice({ view: 'front', placement: 'standing' })).toMatch(/waist height/);
	});
});

describe('SetupGuide', () => {
	it('for floor work asks for the face first, then to lie down, then checks', () => {
		const guide = new SetupGuide({ view: 'side', placement: 'floor' });
		const first = guide.update(sample(lyingSide()));
		expect(first.phase).toBe('show-face');
		expect(first.prompt).toMatch(/see your face/);
		expect(faceShown(standingFront())).toBe(true);
		const face = guide.update(sample(standingFront()));
		expect(face.phase).toBe('position');
		expect(face.checks.find((c) => c.id === 'view')).toMatchObject({ pass: false });
		let state = face;
		for (let i = 0; i < 6; i++) state = guide.update(sample(lyingSide()));
		expect(state.checks.map((c) => [c.id, c.pass])).toEqual([
			['whole-body', true],
			['view', true],
			['distance', true],
			['light', true],
			['steady', true]
		]);
		expect(state).toMatchObject({ phase: 'ready', prompt: 'All set. You can start.' });
	});

	it('for standing work checks at once and speaks the first failing check', () => {
		const guide = new SetupGuide({ view: 'front', placement: 'standing' });
		const state = guide.update({ ...sample(null), luma: lumaFrame(20) });
		expect(state.phase).toBe('position');
		expect(state.prompt).toBe('I cannot see you yet.');
		expect(state.checks.find((c) => c.id === 'light')?.pass).toBe(false);
	});

	it('drops back from ready when a check starts failing', () => {
		const guide = new SetupGuide({ view: 'front', placement: 'standing' });
		for (let i = 0; i < 6; i++) guide.update(sample(standingFront()));
		expect(guide.update(sample(standingFront())).phase).toBe('ready');
		expect(guide.update(sample(null)).phase).toBe('position');
	});
});

describe('requirementFor', () => {
	it('maps catalogue positions and views to a setup', () => {
		expect(requirementFor({ position: 'supine-hook-lying', camera: 'side' })).toEqual({
			view: 'side',
			placement: 'floor'
		});
		expect(requirementFor({ position: 'side-lying', camera: 'front' })).toEqual({
			view: 'front',
			placement: 'floor'
		});
		expect(requirementFor({ position: 'standing', camera: 'side' })?.placement).toBe('standing');
		expect(requirementFor({ position: 'standing', camera: 'none' })).toBeNull();
	});
});
