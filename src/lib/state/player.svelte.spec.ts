import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemorySink } from '$lib/core/player/sink';
import { buildSession } from '$lib/core/program/plan';
import type { SessionRecord } from '$lib/core/records';
import { PlayerState, type PlayerStateOptions } from './player.svelte';

const T0 = new Date('2026-11-26T08:00:00.000Z');

/** Web Speech, the screen wake lock and page visibility, as the browser would offer them. */
function fakeBrowser() {
	const spoken: { text: string; cancelledBefore: boolean }[] = [];
	const ending: ReturnType<typeof setTimeout>[] = [];
	let cancelled = false;
	vi.stubGlobal(
		'SpeechSynthesisUtterance',
		class {
			volume = 1;
			rate = 1;
			constructor(readonly text: string) {}
		}
	);
	vi.stubGlobal('speechSynthesis', {
		// Like a browser: the line ends a moment later and says so.
		speak: (u: { text: string; onend?: () => void }) => {
			spoken.push({ text: u.text, cancelledBefore: cancelled });
			cancelled = false;
			ending.push(setTimeout(() => u.onend?.(), 10));
		},
		cancel: () => {
			cancelled = true;
			ending.splice(0).forEach((t) => clearTimeout(t));
		}
	});
	const locks: { released: boolean; release: () => Promise<void> }[] = [];
	const listeners: (() => void)[] = [];
	vi.stubGlobal('navigator', {
		wakeLock: {
			request: vi.fn(async () => {
				const lock = {
					released: false,
					release: async () => {
						lock.released = true;
						listeners.splice(0).forEach((f) => f());
					},
					addEventListener: (_: string, f: () => void) => listeners.push(f)
				};
				locks.push(lock);
				return lock;
			})
		}
	});
	const page = { visibilityState: 'visible' as DocumentVisibilityState };
	vi.stubGlobal('document', page);
	/** The browser drops the wake lock when the page is hidden. */
	const hide = async () => {
		page.visibilityState = 'hidden';
		await Promise.all(locks.filter((l) => !l.released).map((l) => l.release()));
	};
	const show = () => (page.visibilityState = 'visible');
	return { spoken, locks, hide, show };
}

function player(options: Partial<PlayerStateOptions> = {}) {
	const sink = new MemorySink();
	const state = new PlayerState({
		session: buildSession(1),
		sink,
		voice: () => ({ voice: true, volume: 1, beeps: false }),
		...options
	});
	return { state, sink };
}

/** Lets pending promises (the wake lock) settle under fake timers. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('PlayerState', () => {
	let browser: ReturnType<typeof fakeBrowser>;
	beforeEach(() => {
		vi.useFakeTimers({ now: T0 });
		browser = fakeBrowser();
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('moves on its own clock, captions every line and keeps the last four', () => {
		const { state } = player();
		expect(state.view.status).toBe('ready');
		state.start();
		expect(state.view.stepKind).toBe('pain-check');
		state.answerPain(2);
		const step = state.view.stepIndex;
		vi.advanceTimersByTime(60_000);
		expect(state.view.stepIndex).toBeGreaterThan(step);
		expect(state.captions.length).toBe(4);
		const ids = state.captions.map((c) => c.id);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
		expect(new Set(ids).size).toBe(4);
		expect(browser.spoken.map((s) => s.text)).toContain(state.captions.at(-1)?.text);
	});

	it('after a long jump of the clock speaks only the newest line, but captions them all', () => {
		const { state } = player();
		state.start();
		state.answerPain(2);
		const spokenBefore = browser.spoken.length;
		const captioned = state.captions.at(-1)?.id ?? 0;
		// A backgrounded tab: timers stall, then one tick sees two minutes pass.
		vi.setSystemTime(T0.getTime() + 120_000);
		vi.advanceTimersByTime(200);
		const newCaptions = state.captions.filter((c) => c.id > captioned);
		expect(newCaptions.length).toBe(4); // more lines than that were captioned; 4 are kept
		expect((state.captions.at(-1)?.id ?? 0) - captioned).toBeGreaterThan(3);
		expect(browser.spoken.length).toBe(spokenBefore + 1);
		expect(browser.spoken.at(-1)?.text).toBe(state.captions.at(-1)?.text);
	});

	it('pause freezes the session until resume', () => {
		const { state } = player();
		state.start();
		state.answerPain(2);
		vi.advanceTimersByTime(3_000);
		state.pause();
		expect(state.view.status).toBe('paused');
		const frozen = $state.snapshot(state.view);
		vi.advanceTimersByTime(30_000);
		expect(state.view.stepIndex).toBe(frozen.stepIndex);
		expect(state.view.progress).toBe(frozen.progress);
		state.resume();
		vi.advanceTimersByTime(5_000);
		expect(state.view.progress).toBeGreaterThan(frozen.progress);
	});

	it('asks for the red-flag screen on high pain, and carries on once it is answered', () => {
		const { state } = player();
		state.start();
		state.answerPain(8);
		expect(state.screenPain).toBe(8);
		expect(state.view.status).toBe('paused');
		state.screened();
		expect(state.screenPain).toBeNull();
		expect(state.view.status).toBe('running');
	});

	it('saves after each completed set, finishes once, then stops ticking and lets the screen sleep', async () => {
		const finished: SessionRecord[] = [];
		const { state, sink } = player({ onFinished: (r) => finished.push(r) });
		state.start();
		state.answerPain(2);
		const saves = sink.saveCount;
		vi.advanceTimersByTime(60 * 60_000);
		expect(state.view.painWhich).toBe('after');
		const sets = state.steps.filter((s) => s.kind === 'set').length;
		expect(sink.saveCount - saves).toBe(sets);
		state.answerPain(1);
		expect(finished).toHaveLength(1);
		expect(state.record?.status).toBe('complete');
		expect(sink.get(state.record?.id ?? '')?.status).toBe('complete');
		await vi.advanceTimersByTimeAsync(200); // the tick already scheduled, then no more
		expect(vi.getTimerCount()).toBe(0);
		expect(browser.locks.every((l) => l.released)).toBe(true);
	});

	it('holds the screen awake while playing and takes it back when the page shows again', async () => {
		const { state } = player();
		state.start();
		await settle();
		expect(browser.locks).toHaveLength(1);
		await browser.hide();
		state.visibilityChanged(); // hidden: nothing to do
		await settle();
		expect(browser.locks).toHaveLength(1);
		browser.show();
		state.visibilityChanged();
		await settle();
		expect(browser.locks).toHaveLength(2);
		expect(browser.locks[1]?.released).toBe(false);
		state.destroy();
		await settle();
		expect(browser.locks[1]?.released).toBe(true);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('lets go of a wake lock that arrives after the player was closed', async () => {
		const { state } = player();
		state.start();
		state.destroy(); // before the browser granted the lock
		await settle();
		expect(browser.locks).toHaveLength(1);
		expect(browser.locks[0]?.released).toBe(true);
	});

	it('a camera form signal stops a hold while the form is off', () => {
		const { state } = player();
		state.start();
		state.answerPain(2);
		// On through the first exercises to the first hold (day 1's third exercise).
		for (let i = 0; i < 5000 && state.view.phase !== 'hold'; i++) vi.advanceTimersByTime(200);
		expect(state.view.phase).toBe('hold');
		state.setFormSignal({ ok: false, message: 'Flatten your back' });
		expect(state.captions.at(-1)?.text).toBe('Flatten your back');
		const held = $state.snapshot(state.view.display);
		vi.advanceTimersByTime(3_000);
		expect(state.view.display).toEqual(held);
		state.setFormSignal({ ok: true });
		vi.advanceTimersByTime(1_000);
		expect(state.view.display).not.toEqual(held);
	});

	it('shows a finished set only once its save has landed', async () => {
		const saves: { record: SessionRecord; land: () => void }[] = [];
		const slow = {
			saveProgress: (record: SessionRecord) =>
				new Promise<void>((land) => saves.push({ record, land }))
		};
		const { state } = player({ sink: slow });
		state.start();
		state.answerPain(2);
		expect(state.view.stepKind).toBe('pain-check'); // the answer is being saved
		saves.shift()?.land();
		await settle();
		expect(state.view.stepKind).not.toBe('pain-check');
		// On to the end of the first set: the screen keeps the set under way until it is stored.
		for (let i = 0; i < 1000 && saves.length === 0; i++) await vi.advanceTimersByTimeAsync(200);
		const [save] = saves.splice(0);
		expect(save?.record.exercises[0]?.setsDone).toBe(1);
		expect(state.view.setsDone).toBe(0);
		save?.land();
		await settle();
		expect(state.view.setsDone).toBe(1);
	});

	it('says it is saving after a second, waits for a slow save, and moves on from where it was', async () => {
		const quick = player({ sink: new MemorySink() }).state;
		quick.start();
		quick.answerPain(2);
		await settle();
		const next = $state.snapshot(quick.view);
		quick.destroy();

		let land = () => {};
		const slow = { saveProgress: () => new Promise<void>((done) => (land = done)) };
		const { state } = player({ sink: slow });
		state.start();
		state.answerPain(2);
		await vi.advanceTimersByTimeAsync(900);
		expect(state.savingSlow).toBe(false);
		await vi.advanceTimersByTimeAsync(200);
		expect(state.savingSlow).toBe(true);
		await vi.advanceTimersByTimeAsync(10_000);
		expect(state.view.stepKind).toBe('pain-check');
		land();
		await settle();
		expect(state.savingSlow).toBe(false);
		// The ten seconds spent saving did not run the session on unseen.
		expect(state.view).toEqual(next);
	});

	it('reports a failed save and plays on', async () => {
		const errors: unknown[] = [];
		const failing = {
			saveProgress: () => Promise.reject(new Error('disk full'))
		};
		const { state } = player({ sink: failing, onSinkError: (e) => errors.push(e) });
		state.start();
		state.answerPain(2);
		await settle();
		expect(errors).toHaveLength(1);
		expect(state.view.status).toBe('running');
	});
});
