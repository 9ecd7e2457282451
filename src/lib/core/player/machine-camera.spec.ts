import { describe, expect, it } from 'vitest';
import { buildSession, practiceSession, type PlannedSession } from '../program/plan';
import type { PlayerEvent } from './events';
import { SessionPlayer } from './machine';
import { MemorySink } from './sink';
import type { Step } from './steps';

const T0 = Date.parse('2026-11-26T08:00:00.000Z');

function setup(session: PlannedSession, verdicts: Map<string, boolean> = new Map()) {
	let now = T0;
	const sink = new MemorySink();
	const player = new SessionPlayer({
		session,
		now: () => now,
		sink,
		newId: () => 'rec-1',
		cameraResult: (step) =>
			verdicts.get(step.id)
				? {
						reps: 5,
						goodReps: 4,
						trackedSeconds: 30,
						faults: [{ code: 'back-arched', start: 3.2, end: 4 }]
					}
				: null
	});
	const events: PlayerEvent[] = [];
	const push = (e: PlayerEvent[]) => (events.push(...e), e);
	const run = (ms: number) => {
		const end = now + ms;
		while (now < end) push(player.tick((now = Math.min(end, now + 100))));
	};
	const until = (done: () => boolean) => {
		for (let i = 0; i < 100_000 && !done(); i++) run(100);
	};
	const said = () => events.flatMap((e) => (e.type === 'say' ? [e.text] : []));
	return { player, push, run, until, said, sink, time: () => now };
}

const isSet = (s: Step, id: string) => s.kind === 'set' && s.id.includes(id);

describe('session player with the camera', () => {
	it('waits for the person on camera-counted reps, counts good ones, says why for faulty ones', () => {
		const session = buildSession(1);
		const { player, push, run, until, said } = setup(session);
		push(player.start());
		push(player.answerPain(2));
		until(() => isSet(player.step, 'pelvic-tilt') && player.view().phase === 'rep');
		push(player.setFormSignal({ ok: true }));
		const rep = () => (player.view().display as { rep?: number }).rep;
		expect(rep()).toBe(1);
		run(20_000); // the clock alone does not move a camera-counted rep on
		expect(rep()).toBe(1);
		push(player.cameraRep(false, 'That one did not count. Buttocks stay down'));
		expect(rep()).toBe(1);
		expect(said()).toContain('That one did not count. Buttocks stay down');
		push(player.cameraRep(true, null));
		expect(rep()).toBe(2);
		// Tracking lost: no signal, and the clock counts the reps again.
		push(player.setFormSignal(null));
		run(5_100);
		expect(rep()).toBe(3);
	});

	it('holds count down only while the form is good', () => {
		const session = buildSession(1);
		const { player, push, run, until } = setup(session);
		push(player.start());
		push(player.answerPain(2));
		until(() => isSet(player.step, 'supine-brace') && player.view().phase === 'hold');
		const left = () => (player.view().display as { seconds?: number }).seconds;
		push(player.setFormSignal({ ok: false, message: 'Flatten your lower back into the floor' }));
		const before = left();
		run(3000);
		expect(left()).toBe(before);
		expect(player.view().instruction).toBe('Flatten your lower back into the floor');
		push(player.setFormSignal({ ok: true }));
		run(2000);
		expect(left()).toBe((before ?? 0) - 2);
	});

	it('stores each camera set with the session: reps, faults, good-form time, form score', () => {
		const session = buildSession(1);
		const brace = session.items.findIndex((i) => i.exerciseId === 'supine-brace');
		const verdicts = new Map([[`${brace + 1}-supine-brace/set-1`, true]]);
		const { player, push, run, until, sink } = setup(session, verdicts);
		push(player.start());
		push(player.answerPain(2));
		until(() => isSet(player.step, 'supine-brace') && player.view().phase === 'hold');
		push(player.setFormSignal({ ok: true }));
		until(() => !isSet(player.step, 'supine-brace'));
		run(100);
		const result = sink.get('rec-1')?.exercises.find((e) => e.exerciseId === 'supine-brace');
		expect(result?.cameraSets).toHaveLength(1);
		const set = result!.cameraSets![0]!;
		expect(set).toMatchObject({ set: 1, side: null, reps: 5, goodReps: 4, trackedSeconds: 30 });
		expect(set.faults).toEqual([{ code: 'back-arched', start: 3.2, end: 4 }]);
		expect(set.formScore).toBeGreaterThan(90);
		expect(set.goodFormSeconds).toBeGreaterThan(0);
		expect(sink.get('rec-1')?.cameraUsed).toBe(true);
	});

	it('practice: one open set counting the camera’s good reps until the person ends it', () => {
		const session = practiceSession('glute-bridge');
		const { player, push, run, until, sink } = setup(
			session,
			new Map([['1-glute-bridge/practice', true]])
		);
		expect(player.steps.map((s) => s.kind)).toEqual(['intro', 'demo', 'set', 'summary']);
		push(player.start());
		until(() => player.view().phase === 'open');
		push(player.setFormSignal({ ok: true }));
		run(60_000);
		expect(player.step.kind).toBe('set'); // open-ended: time alone never ends it
		push(player.cameraRep(true, null));
		push(player.cameraRep(true, null));
		push(player.cameraRep(false, 'That one did not count. Lift your hips'));
		expect(player.view().display).toMatchObject({ kind: 'elapsed', reps: 2 });
		push(player.endEarly());
		expect(player.status).toBe('finished');
		const record = sink.get('rec-1')!;
		expect(record).toMatchObject({ kind: 'practice', day: 0, status: 'complete' });
		expect(record.exercises[0]).toMatchObject({
			exerciseId: 'glute-bridge',
			repsDone: 2,
			setsDone: 1
		});
		expect(record.exercises[0]?.cameraSets?.[0]?.goodReps).toBe(4);
	});
});
