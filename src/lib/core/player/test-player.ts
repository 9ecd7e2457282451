/** A player on a fake clock for tests: `run` moves time forward in small ticks and collects events. */
import { buildSession, type PlannedSession } from '../program/plan';
import type { PlayerEvent } from './events';
import { SessionPlayer } from './machine';
import { MemorySink, type SessionSink } from './sink';

export const T0 = Date.parse('2026-11-26T08:00:00.000Z');

export function setup(
	session: PlannedSession = buildSession(1),
	sink: SessionSink = new MemorySink()
) {
	let now = T0;
	const player = new SessionPlayer({ session, now: () => now, sink, newId: () => 'rec-1' });
	const events: PlayerEvent[] = [];
	const push = (e: PlayerEvent[]) => {
		events.push(...e);
		return e;
	};
	const run = (ms: number, step = 100) => {
		const end = now + ms;
		while (now < end) {
			now = Math.min(end, now + step);
			push(player.tick(now));
		}
	};
	const said = () => events.flatMap((e) => (e.type === 'say' ? [e.text] : []));
	const runUntil = (done: () => boolean, limitMs = 3_600_000) => {
		const end = now + limitMs;
		while (!done() && now < end) run(100);
	};
	/** The first exercise's briefing length: it depends on what the exercise's text says. */
	const demoMs = player.steps.find((st) => st.kind === 'demo')?.ms ?? 0;
	return { player, events, push, run, runUntil, said, time: () => now, sink, demoMs };
}
