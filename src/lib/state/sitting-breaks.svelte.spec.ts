import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SittingBreaks } from './sitting-breaks.svelte';

const voice = () => ({ voice: false, volume: 1, beeps: false });

describe('sitting breaks', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('falls due every interval once turned on, and not when off', () => {
		const breaks = new SittingBreaks(voice, () => false);
		breaks.configure(false, 30);
		vi.advanceTimersByTime(60 * 60_000);
		expect(breaks.due).toBe(false);
		breaks.configure(true, 30);
		vi.advanceTimersByTime(29 * 60_000);
		expect(breaks.due).toBe(false);
		vi.advanceTimersByTime(60_000);
		expect(breaks.due).toBe(true);
		breaks.done();
		expect(breaks.due).toBe(false);
		vi.advanceTimersByTime(30 * 60_000);
		expect(breaks.due).toBe(true);
		breaks.configure(false, 30);
		expect(breaks.due).toBe(false);
		breaks.destroy();
	});

	it('snoozes for ten minutes, and a new interval restarts the count', () => {
		const breaks = new SittingBreaks(voice, () => false);
		breaks.configure(true, 45);
		vi.advanceTimersByTime(45 * 60_000);
		breaks.snooze();
		vi.advanceTimersByTime(9 * 60_000);
		expect(breaks.due).toBe(false);
		vi.advanceTimersByTime(60_000);
		expect(breaks.due).toBe(true);
		breaks.done();
		breaks.configure(true, 60);
		vi.advanceTimersByTime(45 * 60_000);
		expect(breaks.due).toBe(false);
		vi.advanceTimersByTime(15 * 60_000);
		expect(breaks.due).toBe(true);
		breaks.destroy();
	});
});
