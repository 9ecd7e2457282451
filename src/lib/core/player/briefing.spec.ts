import { describe, expect, it } from 'vitest';
import { getExercise } from '../program/catalogue';
import { TIMING } from '../program/timing';
import { sessionRecord, exerciseResult } from '../progress/factories';
import {
	briefingFor,
	familiarityFrom,
	restReminder,
	SHORT_BRIEFING_AFTER,
	speechMs
} from './briefing';

describe('exercise briefing', () => {
	it('says every instruction, every safety line and the most common mistake the first times', () => {
		const e = getExercise('hamstring-stretch');
		for (const times of [0, SHORT_BRIEFING_AFTER - 1]) {
			const b = briefingFor(e, times);
			expect(b.version).toBe('full');
			expect(b.lines.filter((l) => l.kind === 'instruction').map((l) => l.text)).toEqual(
				e.instructions
			);
			expect(b.lines.filter((l) => l.kind === 'safety').map((l) => l.text)).toEqual(e.safety);
			expect(b.lines.at(-1)).toMatchObject({ kind: 'mistake', text: e.mistakes[0] });
		}
		const spoken = briefingFor(e, 0).lines.map((l) => l.spoken);
		expect(spoken).toContain('Safety: Stop if you feel tingling or pain down the leg.');
		expect(spoken.at(-1)).toBe(
			'The most common mistake: pulling the leg so far the buttock lifts.'
		);
	});

	it('keeps the safety lines that matter in the short version', () => {
		expect(briefingFor(getExercise('bird-dog'), 3).lines.map((l) => l.spoken)).toContain(
			'Safety: Never hold longer than 10 seconds: short holds keep the back muscles from taking over.'
		);
		expect(briefingFor(getExercise('lifting-practice'), 5).lines.map((l) => l.spoken)).toContain(
			'Safety: Do not twist while you hold the load: turn with your feet.'
		);
	});

	it('shortens to the starting position, safety and mistake after three sessions', () => {
		const e = getExercise('glute-bridge');
		const full = briefingFor(e, 2);
		const short = briefingFor(e, SHORT_BRIEFING_AFTER);
		expect(short.version).toBe('short');
		expect(short.lines.map((l) => l.kind)).toEqual(['instruction', 'safety', 'mistake']);
		expect(short.lines[0]?.text).toBe(e.instructions[0]);
		expect(short.lines.at(-1)?.spoken).toBe('Watch for lifting too high and arching the back.');
		expect(short.ms).toBeLessThan(full.ms);
	});

	it('spaces lines by their speaking time and never runs shorter than the planned demo', () => {
		const b = briefingFor(getExercise('body-scan-relaxation'), 0);
		b.lines.forEach((line, i) => {
			const prev = b.lines[i - 1];
			expect(line.atMs).toBe(prev ? prev.atMs + speechMs(prev.spoken) : 0);
		});
		const last = b.lines.at(-1);
		expect(b.ms).toBeGreaterThanOrEqual((last?.atMs ?? 0) + speechMs(last?.spoken ?? ''));
		expect(briefingFor(getExercise('knee-rolls'), 9).ms).toBeGreaterThanOrEqual(TIMING.demoMs);
		// About 2.5 words a second: 10 words take 4.6 s.
		expect(speechMs('one two three four five six seven eight nine ten')).toBe(4600);
	});

	it('reminds of the mistake just before a later set, after "Rest N seconds"', () => {
		const e = getExercise('curl-up');
		const [line] = restReminder(e, 20_000);
		expect(line?.spoken).toBe('Next set: watch for pulling the head forward with the neck.');
		expect((line?.atMs ?? 0) + speechMs(line?.spoken ?? '')).toBeLessThanOrEqual(20_000);
		expect(restReminder(e, 10_000)[0]?.atMs).toBeGreaterThanOrEqual(2000);
		expect(restReminder(e, 1000)).toEqual([]);
	});

	it('counts the sessions in which each exercise had a set done', () => {
		const done = (id: string, setsDone = 1) => exerciseResult({ exerciseId: id, setsDone });
		const counts = familiarityFrom([
			sessionRecord({ exercises: [done('glute-bridge'), done('dead-bug', 0)] }),
			sessionRecord({ exercises: [done('glute-bridge'), done('glute-bridge')] }),
			sessionRecord({ exercises: [done('dead-bug')] })
		]);
		expect(counts).toEqual({ 'glute-bridge': 2, 'dead-bug': 1 });
	});
});
