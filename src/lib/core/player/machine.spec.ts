import { describe, expect, it, vi } from 'vitest';
import { getExercise } from '../program/catalogue';
import { buildSession } from '../program/plan';
import { SessionPlayer } from './machine';
import { MemorySink, type SessionSink } from './sink';
import { stepsSeconds } from './steps';
import { speechMs } from './briefing';
import { setup, T0 } from './test-player';

describe('session player', () => {
	it('plays a whole session on a fake clock and saves a complete record', () => {
		const session = buildSession(1);
		const sink = new MemorySink();
		const { player, push, runUntil, said, events, time } = setup(session, sink);
		push(player.start());
		expect(player.step.kind).toBe('pain-check');
		push(player.answerPain(2));
		runUntil(() => player.step.kind === 'pain-check');
		expect(player.view().painWhich).toBe('after');
		push(player.answerPain(1));
		expect(player.status).toBe('finished');

		const record = player.record;
		expect(record.status).toBe('complete');
		expect(record.painBefore).toBe(2);
		expect(record.painAfter).toBe(1);
		expect(record.endedAt).toBe(new Date(time()).toISOString());
		for (const [i, result] of record.exercises.entries()) {
			expect(result.exerciseId).toBe(session.items[i]?.exerciseId);
			expect(result.setsDone).toBe(result.setsPlanned);
			expect(result.skipped).toBe(false);
			expect(result.formScore).toBeUndefined();
		}
		const tilt = record.exercises.find((r) => r.exerciseId === 'pelvic-tilt');
		expect(tilt?.repsDone).toBe(
			(session.items[1]?.dose.reps ?? 0) * (session.items[1]?.dose.sets ?? 0)
		);
		const brace = record.exercises.find((r) => r.exerciseId === 'supine-brace');
		expect(brace?.holdsDone).toBe(6);
		expect(brace?.secondsDone).toBe(30);
		// The player walks exactly the time its steps add up to: the plan's estimate plus the
		// spoken briefings, which are longer than the planned demonstration the first times.
		expect(Math.abs(record.durationSeconds - stepsSeconds(player.steps))).toBeLessThanOrEqual(1);
		expect(stepsSeconds(player.steps)).toBeGreaterThan(session.seconds);

		const kinds = new Set(events.flatMap((e) => (e.type === 'step' ? [e.step.kind] : [])));
		expect([...kinds]).toEqual(
			expect.arrayContaining(['intro', 'demo', 'set', 'cool-down', 'pain-check', 'summary'])
		);
		const lines = said();
		expect(lines).toContain('Diaphragmatic breathing');
		expect(lines).toContain('Next: Posterior pelvic tilt');
		expect(lines.join('|')).toContain('3|2|1|Hold');
		expect(lines).toContain('Relax');
		expect(lines).toContain('8');
		expect(lines).toContain('Back gently flat');
		expect(lines.at(-1)).toBe('Session complete. Well done.');
		expect(events.some((e) => e.type === 'beep' && e.tone === 'start')).toBe(true);
		expect(events.at(-1)?.type).toBe('finished');

		const setsPlanned = session.items.reduce((n, i) => n + i.dose.sets, 0);
		expect(sink.saveCount).toBeGreaterThanOrEqual(setsPlanned + 3);
		expect(sink.get('rec-1')).toEqual(record);
	});

	it('speaks and shows the briefing before the first set, the mistake again before later sets', () => {
		const session = buildSession(1);
		const { player, push, run, runUntil, said } = setup(session);
		push(player.start());
		push(player.answerPain(1));
		runUntil(() => player.step.kind === 'demo');
		const breathing = getExercise('diaphragmatic-breathing');
		expect(player.view().briefing).toEqual({
			version: 'full',
			safety: breathing.safety,
			mistake: breathing.mistakes[0]
		});
		expect(player.view().instruction).toBe(breathing.instructions[0]);
		run(speechMs(breathing.instructions[0] ?? ''));
		expect(player.view().instruction).toBe(breathing.instructions[1]);
		runUntil(() => player.step.kind === 'set');
		expect(said()).toEqual(
			expect.arrayContaining([
				...breathing.instructions,
				`Safety: ${breathing.safety[0]}`,
				'The most common mistake: lifting the chest and shoulders to breathe.'
			])
		);
		expect(player.view().briefing).toBeNull();
		// The pelvic tilt has two sets on day 3: its mistake is said again during the rest.
		const day3 = setup(buildSession(3));
		day3.push(day3.player.start());
		day3.push(day3.player.answerPain(1));
		day3.runUntil(() => day3.player.step.kind === 'rest');
		const rest = day3.player.step;
		const exercise = getExercise(day3.player.view().exerciseId ?? '');
		day3.runUntil(() => day3.player.view().briefing !== null);
		expect(day3.player.view().briefing).toEqual({
			version: 'reminder',
			safety: [],
			mistake: exercise.mistakes[0]
		});
		expect(day3.said().at(-1)).toMatch(/^Next set: watch for /);
		expect(day3.player.step).toBe(rest);
	});

	it('gives the short briefing for exercises done in three sessions already', () => {
		let now = T0;
		const session = buildSession(1);
		const familiarity = Object.fromEntries(session.items.map((i) => [i.exerciseId, 3]));
		const familiar = new SessionPlayer({ session, now: () => now, familiarity });
		const fresh = new SessionPlayer({ session, now: () => now });
		const demo = (p: SessionPlayer) => p.steps.find((st) => st.kind === 'demo');
		expect(demo(familiar)).toMatchObject({ version: 'short' });
		expect(demo(fresh)).toMatchObject({ version: 'full' });
		expect(stepsSeconds(familiar.steps)).toBeLessThan(stepsSeconds(fresh.steps));
		// The plan's time is what someone who knows the exercises takes.
		expect(Math.abs(stepsSeconds(familiar.steps) - session.seconds)).toBeLessThanOrEqual(1);
		familiar.start(now);
		familiar.answerPain(0, now);
		now += 6000;
		familiar.tick(now);
		expect(familiar.view().briefing?.version).toBe('short');
	});

	it('includes rest steps between sets and side changes', () => {
		const { player, push, runUntil, events } = setup(buildSession(3));
		push(player.start());
		push(player.answerPain(0));
		runUntil(() => player.step.kind === 'pain-check');
		const steps = events.flatMap((e) => (e.type === 'step' ? [e.step] : []));
		expect(steps.some((s) => s.kind === 'rest')).toBe(true);
		expect(steps.some((s) => s.kind === 'switch-side')).toBe(true);
		expect(steps.some((s) => s.kind === 'set' && s.side === 'right')).toBe(true);
	});

	it('catches up in one big tick (a fast-forwarded clock)', () => {
		const { player, push, time } = setup();
		push(player.start());
		push(player.answerPain(0));
		push(player.tick(time() + 3_600_000));
		expect(player.step.kind).toBe('pain-check');
		expect(player.view().painWhich).toBe('after');
	});

	it('stops the clock while paused', () => {
		const { player, push, run, said } = setup();
		push(player.start());
		push(player.answerPain(0));
		run(2_000);
		const before = player.view();
		push(player.pause());
		expect(player.status).toBe('paused');
		run(60_000);
		expect(player.view().stepIndex).toBe(before.stepIndex);
		expect(player.view().display).toEqual(before.display);
		push(player.resume());
		expect(player.status).toBe('running');
		run(4_000);
		expect(player.view().stepKind).toBe('demo');
		expect(said()).toContain('Paused');
		expect(player.record.durationSeconds).toBe(6);
		expect(player.resume()).toEqual([]);
	});

	it('skips the demonstration, then the rest of an exercise', () => {
		const { player, push, run } = setup();
		push(player.start());
		push(player.answerPain(0));
		push(player.skip());
		expect(player.step.kind).toBe('set');
		expect(player.view().exerciseId).toBe('diaphragmatic-breathing');
		run(5_000);
		push(player.skip());
		expect(player.step.kind).toBe('intro');
		expect(player.view().exerciseId).toBe('pelvic-tilt');
		const record = player.record;
		expect(record.exercises[0]).toMatchObject({ setsDone: 0, skipped: true });
		expect(record.exercises[0]?.secondsDone).toBe(2);
		expect(record.skippedSteps).toEqual([
			'1-diaphragmatic-breathing/intro',
			'1-diaphragmatic-breathing/set-1'
		]);
		expect(record.exercises[1]?.skipped).toBe(false);
	});

	it('skips an unanswered pain check, leaving it empty', () => {
		const { player, push } = setup();
		push(player.start());
		push(player.skip());
		expect(player.step.kind).toBe('intro');
		expect(player.record.painBefore).toBeNull();
	});

	it('goes back: restarts a step after 2 s, else returns to the previous step', () => {
		const { player, push, run, demoMs } = setup();
		push(player.start());
		push(player.answerPain(0));
		run(5_000 + demoMs + 3_000 + 10_000);
		expect(player.step.kind).toBe('set');
		const index = player.stepIndex;
		push(player.back());
		expect(player.stepIndex).toBe(index);
		expect(player.view().phase).toBe('get-ready');
		push(player.back());
		expect(player.step.kind).toBe('demo');
		push(player.back());
		expect(player.step.kind).toBe('intro');
		push(player.back());
		expect(player.step.kind).toBe('intro');
	});

	it('does not count a set twice when it is repeated with Back', () => {
		const session = buildSession(3); // two sets of the pelvic tilt, a rest between them
		const { player, push, run, runUntil } = setup(session);
		push(player.start());
		push(player.answerPain(0));
		runUntil(() => player.view().exerciseId === 'pelvic-tilt' && player.step.kind === 'rest');
		expect(player.step.kind).toBe('rest');
		push(player.back());
		expect(player.step.kind).toBe('set');
		run(3_000);
		push(player.back());
		expect(player.view()).toMatchObject({ set: 1, phase: 'get-ready' });
		runUntil(() => player.view().exerciseId === 'supine-brace');
		const tilt = player.record.exercises[1];
		expect(tilt?.setsDone).toBe(tilt?.setsPlanned);
		expect(tilt?.repsDone).toBe(
			(session.items[1]?.dose.reps ?? 0) * (session.items[1]?.dose.sets ?? 0)
		);
	});

	it('keeps a finished set counted when it is repeated with Back and the session then ends', () => {
		const sink = new MemorySink();
		const { player, push, run, runUntil } = setup(buildSession(3), sink);
		push(player.start());
		push(player.answerPain(0));
		runUntil(() => player.view().exerciseId === 'pelvic-tilt' && player.step.kind === 'rest');
		expect(player.step.kind).toBe('rest');
		const finished = sink.get('rec-1')?.exercises[1];
		expect(finished?.setsDone).toBe(1);
		push(player.back());
		expect(player.view()).toMatchObject({ stepKind: 'set', set: 1 });
		run(4_000); // part of the way through it again
		expect(player.view().setsDone).toBe(2);
		push(player.endEarly());
		push(player.answerPain(1));
		expect(sink.get('rec-1')?.exercises[1]).toEqual(finished);
		expect(sink.get('rec-1')?.skippedSteps).not.toContain(player.steps[player.stepIndex]?.id);
	});

	it('counts finished sets in the view as the saved record does, one at a time', () => {
		const sink = new MemorySink();
		const { player, push, run } = setup(buildSession(9), sink);
		push(player.start());
		push(player.answerPain(1));
		const counts = new Set<number>();
		let last = 0;
		while (player.step.kind !== 'pain-check') {
			run(500);
			const done = player.view().setsDone;
			expect(done - last).toBeLessThanOrEqual(1);
			last = done;
			counts.add(done);
			const saved = sink.get('rec-1')?.exercises.reduce((n, e) => n + e.setsDone, 0) ?? 0;
			expect(saved).toBe(done);
		}
		const planned = player.record.exercises.reduce((n, e) => n + e.setsPlanned, 0);
		expect(last).toBe(planned);
		expect(counts.size).toBe(planned + 1);
	});

	it('ends early: pain check, then a partial record with the rest marked skipped', () => {
		const sink = new MemorySink();
		const { player, push, runUntil } = setup(buildSession(1), sink);
		push(player.start());
		push(player.answerPain(3));
		runUntil(() => player.view().exerciseId === 'pelvic-tilt');
		push(player.endEarly());
		expect(player.view().painWhich).toBe('after');
		expect(sink.get('rec-1')?.status).toBe('in-progress');
		push(player.answerPain(4));
		const record = player.record;
		expect(record.status).toBe('partial');
		expect(record.exercises[0]?.setsDone).toBe(1);
		expect(record.exercises.at(-1)?.skipped).toBe(true);
		expect(sink.get('rec-1')?.status).toBe('partial');
		expect(player.view().instruction).toMatch(/Session saved/);
		expect(player.endEarly()).toEqual([]);
	});

	it('pauses a hold while form is off and scores good form from the camera', () => {
		const { player, push, run, runUntil, said } = setup();
		push(player.start());
		push(player.answerPain(0));
		runUntil(() => player.view().exerciseId === 'supine-brace' && player.view().phase === 'hold');
		push(player.setFormSignal({ ok: true }));
		run(2_000);
		push(player.setFormSignal({ ok: false, message: 'Flatten your back' }));
		const frozen = player.view().display;
		run(3_000);
		expect(player.view().display).toEqual(frozen);
		expect(player.view().instruction).toBe('Flatten your back');
		expect(player.view().formOk).toBe(false);
		push(player.setFormSignal({ ok: true }));
		run(3_000);
		expect(player.view().phase).toBe('relax');
		expect(said()).toEqual(expect.arrayContaining(['Flatten your back', 'Good']));
		const brace = player.record.exercises[2];
		expect(brace?.goodFormSeconds).toBe(5);
		expect(brace?.formScore).toBe(63);
		expect(player.record.cameraUsed).toBe(true);
		expect(player.record.exercises[0]?.formScore).toBeUndefined();
	});

	it('asks for the red-flag screen and pauses when pain is 7 or more', () => {
		const { player, push, events } = setup();
		push(player.start());
		push(player.answerPain(8));
		expect(events).toContainEqual({ type: 'screen-red-flags', pain: 8 });
		expect(player.status).toBe('paused');
		expect(player.record.painBefore).toBe(8);
	});

	it('suggests going gently when pain before is moderate', () => {
		const { player, push, said } = setup();
		push(player.start());
		push(player.answerPain(5));
		expect(said()).toContain(
			'Go gently today. Stop any exercise that hurts, or use the Relief session instead.'
		);
		expect(player.status).toBe('running');
	});

	it('shows a countdown, rep counts and progress', () => {
		const { player, push, run, demoMs } = setup();
		push(player.start());
		expect(player.view().display).toEqual({ kind: 'none' });
		push(player.answerPain(0));
		expect(player.view().display).toEqual({ kind: 'countdown', seconds: 5 });
		const start = player.view().progress;
		run(5_000 + demoMs + 1_000);
		expect(player.view()).toMatchObject({
			phase: 'get-ready',
			display: { kind: 'countdown', seconds: 2 }
		});
		expect(player.view().progress).toBeGreaterThan(start);
		run(200_000);
		const view = player.view();
		if (view.phase === 'rep') expect(view.display).toMatchObject({ kind: 'reps', of: 8 });
		expect(view.stepCount).toBe(player.steps.length);
	});

	it('reports sink failures without stopping', async () => {
		const onSinkError = vi.fn();
		const failing: SessionSink = { saveProgress: () => Promise.reject(new Error('disk full')) };
		let now = T0;
		const player = new SessionPlayer({
			session: buildSession(1),
			now: () => now,
			sink: failing,
			onSinkError
		});
		player.start();
		player.answerPain(1);
		now += 1000;
		player.tick(now);
		await Promise.resolve();
		expect(onSinkError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
		expect(player.status).toBe('running');
	});

	it('ignores commands before start', () => {
		const { player } = setup();
		expect(player.tick(T0 + 10_000)).toEqual([]);
		expect(player.skip()).toEqual([]);
		expect(player.back()).toEqual([]);
		expect(player.status).toBe('ready');
	});
});
