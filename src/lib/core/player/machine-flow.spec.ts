import { describe, expect, it } from 'vitest';
import { getExercise } from '../program/catalogue';
import { buildSession } from '../program/plan';
import { BREATH } from '../program/timing';
import { didAnyWork } from '../records';
import { demoMoment, stageText } from './stage';
import { MemorySink } from './sink';
import { setup } from './test-player';

describe('session player: nothing lost', () => {
	it('keeps a finished exercise done after Back then Skip', () => {
		const { player, push, run, runUntil } = setup();
		push(player.start(undefined, { pain: 2 }));
		runUntil(() => player.view().exerciseId === 'pelvic-tilt');
		push(player.back());
		expect(player.step.kind).toBe('set');
		expect(player.view().exerciseId).toBe('diaphragmatic-breathing');
		run(1_000);
		push(player.skip());
		expect(player.view().exerciseId).toBe('pelvic-tilt');
		const breathing = player.record.exercises[0];
		expect(breathing).toMatchObject({ setsDone: 1, skipped: false });
		expect(player.record.skippedSteps).toEqual([]);
	});

	it('a second, completed try replaces the first rather than adding to it', () => {
		const { player, push, runUntil } = setup();
		push(player.start(undefined, { pain: 2 }));
		runUntil(() => player.view().exerciseId === 'pelvic-tilt');
		push(player.back());
		expect(player.view().exerciseId).toBe('diaphragmatic-breathing');
		runUntil(() => player.view().exerciseId === 'pelvic-tilt');
		expect(player.record.exercises[0]?.setsDone).toBe(1);
		// One set's time, not two: the second try replaced the first.
		const dose = buildSession(1).items[0]!.dose;
		expect(player.record.exercises[0]?.secondsDone).toBe(dose.holdSeconds * dose.sets);
	});

	it('ends at once, without the closing question, when nothing was done', () => {
		const sink = new MemorySink();
		const { player, push, run } = setup(buildSession(1), sink);
		push(player.start(undefined, { pain: 3 }));
		run(10_000);
		push(player.endEarly());
		expect(player.status).toBe('finished');
		const record = player.record;
		expect(record).toMatchObject({ status: 'partial', painBefore: 3, painAfter: null });
		expect(didAnyWork(record)).toBe(false);
		expect(sink.get('rec-1')?.status).toBe('partial');
	});

	it('asks the closing question when part of a set was done', () => {
		const { player, push, run, runUntil } = setup();
		push(player.start(undefined, { pain: 3 }));
		runUntil(() => player.step.kind === 'set');
		run(5_000);
		push(player.endEarly());
		expect(player.view().painWhich).toBe('after');
		expect(didAnyWork(player.record)).toBe(true);
	});
});

describe('session player: starting from the ready card', () => {
	it('records the pain given on the card and starts the first exercise without asking again', () => {
		const { player, push, said } = setup();
		push(player.start(undefined, { pain: 4 }));
		expect(player.record.painBefore).toBe(4);
		expect(player.step.kind).toBe('intro');
		expect(said().some((line) => /how much pain/i.test(line))).toBe(false);
	});

	it('starts with the question skipped', () => {
		const { player, push } = setup();
		push(player.start(undefined, { pain: null }));
		expect(player.record.painBefore).toBeNull();
		expect(player.step.kind).toBe('intro');
	});

	it('still screens for red flags when the card gets a severe score', () => {
		const { player, push, events } = setup();
		push(player.start(undefined, { pain: 8 }));
		expect(events).toContainEqual({ type: 'screen-red-flags', pain: 8 });
		expect(player.status).toBe('paused');
	});
});

describe('session player: one voice, one line', () => {
	it('shows as its big line the cue it said last', () => {
		const { player, push, run, events } = setup();
		push(player.start(undefined, { pain: 1 }));
		let checked = 0;
		for (let t = 0; t < 400_000; t += 100) {
			const before = events.length;
			run(100);
			const cue = events.slice(before).findLast((e) => e.type === 'say' && e.kind === 'cue');
			const view = player.view();
			if (cue?.type === 'say' && view.stepKind === 'set' && !view.formMessage) {
				expect(view.instruction).toBe(cue.text);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(10);
	});

	it('says each breath in and out as it begins, and the view is in the same phase', () => {
		const { player, push, run, runUntil, events } = setup();
		push(player.start(undefined, { pain: 1 }));
		const exercise = getExercise('diaphragmatic-breathing');
		runUntil(() => player.view().breath !== null);
		expect(player.view().breath).toMatchObject({ phase: 'in' });
		const cycle = BREATH.inMs + BREATH.outMs;
		for (let i = 0; i < 6; i++) {
			const before = events.length;
			run(i % 2 === 0 ? BREATH.inMs : BREATH.outMs);
			const said = events.slice(before).filter((e) => e.type === 'say' && e.kind === 'cue');
			const phase = player.view().breath?.phase;
			expect(phase).toBe(i % 2 === 0 ? 'out' : 'in');
			const lines = exercise.breathing?.[phase ?? 'in'] ?? [];
			expect(said.map((e) => (e.type === 'say' ? e.text : ''))).toHaveLength(1);
			expect(lines).toContain(player.view().instruction);
		}
		expect(cycle).toBe(10_000);
	});
});

describe('stage', () => {
	it('names the hold, the rep and the side, and colours work apart from rest', () => {
		const session = buildSession(1);
		const { player, push, runUntil } = setup(session);
		push(player.start(undefined, { pain: 1 }));
		runUntil(() => player.view().phase === 'hold');
		expect(stageText(player.view())).toEqual({ tone: 'work', word: 'Hold', count: 'Hold 1 of 6' });
		runUntil(() => player.view().phase === 'relax');
		expect(stageText(player.view())).toEqual({ tone: 'rest', word: 'Relax', count: '1 of 6 done' });
		runUntil(() => player.view().exerciseId === 'knee-rolls' && player.view().phase === 'rep');
		const view = player.view();
		expect(view.exerciseId).toBe('knee-rolls');
		expect(stageText(view).count).toMatch(/^Rep \d of 8 · (left|right) side$/);
		push(player.pause());
		expect(stageText(player.view()).tone).toBe('paused');
	});

	it('moves the demonstration with the set: still to get ready, into the hold, one move a rep', () => {
		const { player, push, run, runUntil } = setup();
		push(player.start(undefined, { pain: 1 }));
		runUntil(() => player.step.kind === 'demo');
		run(1_000);
		expect(demoMoment(player.view())).toMatchObject({ kind: 'watch' });
		runUntil(() => player.view().phase === 'get-ready');
		expect(demoMoment(player.view())).toEqual({ kind: 'start' });
		runUntil(() => player.view().phase === 'hold');
		expect(demoMoment(player.view())).toMatchObject({ kind: 'hold' });
	});
});
