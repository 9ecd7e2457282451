import { describe, expect, it } from 'vitest';
import { SpeechQueue } from './speech-queue';

describe('speech queue', () => {
	it('never cuts a line off: the next waits until the voice is done', () => {
		const q = new SpeechQueue();
		q.add('Flatten your lower back', 'correction', 0);
		expect(q.next(0)?.text).toBe('Flatten your lower back');
		q.add('Stop if you feel pain down the leg', 'safety', 100);
		expect(q.next(200)).toBeNull();
		q.done();
		expect(q.next(300)?.text).toBe('Stop if you feel pain down the leg');
	});

	it('says the most important waiting line first: safety, correction, count, praise, info', () => {
		const q = new SpeechQueue();
		q.add('Good, hold that', 'praise', 0);
		q.add('Keep breathing', 'info', 0);
		q.add('Relax', 'count', 0);
		q.add('Keep that leg at hip height', 'correction', 0);
		q.add('Stop if it hurts', 'safety', 0);
		const order: string[] = [];
		for (let t = 0; t < 5; t++) {
			const line = q.next(t * 10);
			if (line) order.push(line.priority);
			q.done();
		}
		expect(order).toEqual(['safety', 'correction', 'count', 'praise', 'info']);
	});

	it('drops lines gone stale instead of saying them late', () => {
		const q = new SpeechQueue();
		q.add('4', 'count', 0);
		q.add('Lift your hips', 'correction', 0);
		q.add('Keep breathing', 'info', 0);
		// The voice was busy for three seconds: the count and the correction are too old now.
		expect(q.next(3000)?.text).toBe('Keep breathing');
	});

	it('holds back corrections, praise and info while a countdown runs; counts and safety go', () => {
		const q = new SpeechQueue();
		q.add('3', 'count', 0, true);
		expect(q.next(0)?.text).toBe('3');
		q.done();
		q.add('That’s it', 'praise', 100);
		q.add('Keep your buttocks on the floor', 'correction', 100);
		expect(q.next(200)).toBeNull();
		q.add('2', 'count', 1000, true);
		expect(q.next(1000)?.text).toBe('2');
		q.done();
		q.add('Stop if it hurts', 'safety', 1100);
		expect(q.next(1100)?.text).toBe('Stop if it hurts');
		q.done();
		// 1.2 s after the last number the countdown is over: the correction (still fresh) goes.
		q.add('Keep your buttocks on the floor', 'correction', 2100);
		expect(q.next(2300)?.text).toBe('Keep your buttocks on the floor');
	});

	it('a newer countdown number replaces the one still waiting, and a line is not queued twice', () => {
		const q = new SpeechQueue();
		q.add('Keep breathing', 'info', 0);
		expect(q.next(0)?.text).toBe('Keep breathing');
		q.add('3', 'count', 100, true);
		q.add('2', 'count', 1100, true);
		q.add('Hold', 'count', 1150);
		q.add('Hold', 'count', 1160);
		expect(q.waiting.map((l) => l.text)).toEqual(['2', 'Hold']);
		q.clear();
		expect(q.waiting).toEqual([]);
	});
});
