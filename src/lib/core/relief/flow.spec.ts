import { describe, expect, it } from 'vitest';
import { RELIEF_RED_FLAG_SENTENCE } from '../safety/red-flags';
import { ReliefFlow, type ReliefEvent } from './flow';
import {
	BODY_PARTS,
	CLOSING_LINE,
	EMERGENCY_LINE,
	RELIEF_SCRIPT,
	WAIT_REMINDER_MS
} from './script';
import { therapyEndLine } from './therapy';

const T0 = Date.parse('2026-11-26T20:00:00.000Z');

/** A flow on a fake clock, ticked every 200 ms like the page does. */
function setup(from?: string) {
	let now = T0;
	const flow = new ReliefFlow(from ? { from } : {});
	const events: ReliefEvent[] = [];
	const push = (e: ReliefEvent[]) => (events.push(...e), e);
	const run = (ms: number) => {
		const end = now + ms;
		while (now < end) {
			now = Math.min(end, now + 200);
			push(flow.tick(now));
		}
	};
	const said = () => events.flatMap((e) => (e.type === 'say' ? [e.text] : []));
	const untilWait = (limit = 600_000) => {
		const end = now + limit;
		while (flow.view().kind !== 'wait' && flow.view().kind !== 'therapy' && now < end) run(200);
	};
	return { flow, events, push, run, said, untilWait, now: () => now };
}

describe('relief flow', () => {
	it('opens with the red-flag sentence, then waits for the person to get onto their side', () => {
		const { flow, push, run, said } = setup();
		push(flow.start(T0));
		expect(said()).toEqual([RELIEF_RED_FLAG_SENTENCE]);
		expect(flow.view()).toMatchObject({ stepId: 'red-flags', text: RELIEF_RED_FLAG_SENTENCE });
		run(15_000);
		expect(flow.view()).toMatchObject({
			stepId: 'onto-side',
			kind: 'wait',
			choices: [{ id: 'ready', label: "I'm on my side" }]
		});
		// A change of position waits for the person, however long it takes.
		run(10 * 60_000);
		expect(flow.view().stepId).toBe('onto-side');
		const reminders = said().filter((t) => t.startsWith('Take your time'));
		expect(reminders.length).toBe(Math.floor((10 * 60_000) / WAIT_REMINDER_MS));
	});

	it('says the fetal position as the seed does: knees to the chest, belly sucked in to round the back', () => {
		const { flow, push, run, said, untilWait, now } = setup();
		push(flow.start(T0));
		untilWait();
		push(flow.answer('ready', now()));
		expect(flow.view().stepId).toBe('fetal');
		run(30_000);
		const text = said().join(' ');
		expect(text).toContain('Bring your knees up towards your chest');
		expect(text).toContain('suck your belly in');
		expect(text).toContain('Your back rounds gently');
		expect(text).not.toMatch(/belly soft/i);
	});

	it('names every body part in the body scan, the back last and never tightened', () => {
		const { flow, push, run, said, untilWait, now } = setup();
		push(flow.start(T0));
		untilWait();
		push(flow.answer('ready', now()));
		untilWait();
		expect(flow.view().stepId).toBe('onto-back');
		push(flow.answer('ready', now()));
		expect(flow.view().stepId).toBe('body-scan');
		run(120_000);
		const lines = said();
		const scan = BODY_PARTS.map((p) => lines.indexOf(p.text));
		expect(scan.every((i) => i >= 0)).toBe(true);
		expect([...scan].sort((a, b) => a - b)).toEqual(scan);
		expect(BODY_PARTS.at(-1)?.text).toMatch(/your back\. Do not tighten it/);
	});

	it('runs a cold or heat timer on the wall clock and says when time is up', () => {
		const { flow, push, run, said, events, now } = setup('therapy');
		push(flow.start(T0));
		expect(flow.view().therapy).toEqual({ phase: 'choose' });
		push(flow.chooseTherapy('cold', 15, now()));
		expect(said().at(-1)).toMatch(/^Wrap the cold pack.*never straight on the skin.*15 minutes/);
		run(10 * 60_000);
		expect(flow.view().therapy).toMatchObject({ phase: 'running', secondsLeft: 300 });
		// Cannot carry on past a running timer by accident.
		push(flow.answer('ready', now()));
		expect(flow.view().stepId).toBe('therapy');
		run(5 * 60_000);
		expect(events).toContainEqual({ type: 'timer-end', mode: 'cold', lateMs: 0 });
		expect(said().at(-1)).toBe(therapyEndLine('cold'));
		expect(flow.view().therapy).toMatchObject({ phase: 'ended', lateSeconds: 0 });
		push(flow.answer('ready', now()));
		expect(flow.view().stepId).toBe('get-up');
		expect(flow.use.therapy).toBe('cold');
	});

	it('knows how late the end was noticed when the page slept through it', () => {
		const { flow, push, events } = setup('therapy');
		push(flow.start(T0));
		push(flow.chooseTherapy('heat', 10, T0));
		// No ticks for 25 minutes: the screen was locked and the page frozen.
		push(flow.tick(T0 + 25 * 60_000));
		expect(events).toContainEqual({ type: 'timer-end', mode: 'heat', lateMs: 15 * 60_000 });
		expect(flow.view().therapy).toMatchObject({ phase: 'ended', lateSeconds: 900 });
	});

	it('stops the timer early without the end prompt', () => {
		const { flow, push, events, now } = setup('therapy');
		push(flow.start(T0));
		push(flow.chooseTherapy('heat', 20, now()));
		push(flow.stopTimer(now() + 60_000));
		expect(events.some((e) => e.type === 'timer-end')).toBe(false);
		expect(flow.view().therapy).toMatchObject({ phase: 'ended', early: true });
	});

	it('goes through to the end and keeps what was used for the spasm log', () => {
		const { flow, push, run, said, untilWait, now, events } = setup();
		push(flow.start(T0));
		for (let guard = 0; guard < 10 && flow.status === 'running'; guard++) {
			untilWait();
			const view = flow.view();
			if (view.kind === 'therapy') push(flow.answer('skip', now()));
			else if (view.kind === 'wait') push(flow.answer(view.choices[0]?.id ?? 'ready', now()));
			run(200_000);
		}
		expect(flow.status).toBe('finished');
		expect(said().at(-1)).toBe(CLOSING_LINE);
		expect(events.at(-1)).toEqual({ type: 'finished' });
		expect(flow.use).toEqual({
			startedAt: T0,
			sideLying: true,
			kneesToChest: true,
			breathing: true,
			therapy: null
		});
		const ids = events.flatMap((e) => (e.type === 'step' ? [e.id] : []));
		expect(ids).toEqual(RELIEF_SCRIPT.map((s) => s.id));
	});

	it('moves on from a guide at once when the person taps', () => {
		const { flow, push, now } = setup();
		push(flow.start(T0));
		push(flow.answer('ready', now()));
		expect(flow.view().stepId).toBe('onto-side');
	});

	it('offers nothing but the advice to get help after "I have one of these"', () => {
		const { flow, push, run, events, now } = setup();
		push(flow.start(T0));
		push(flow.redFlag(now() + 2000));
		expect(flow.status).toBe('emergency');
		expect(events).toContainEqual({ type: 'say', text: EMERGENCY_LINE, interrupt: true });
		expect(events.at(-1)).toEqual({ type: 'emergency' });
		const count = events.length;
		run(60_000);
		push(flow.answer('ready', now()));
		expect(events.length).toBe(count);
		expect(flow.view()).toMatchObject({ kind: null, choices: [], text: EMERGENCY_LINE });
	});
});
