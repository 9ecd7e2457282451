import { describe, expect, it } from 'vitest';
import {
	rowLabel,
	sameLabelRuns,
	FRAME,
	gridValues,
	linePath,
	shortDate,
	tickAnchor,
	tickIndexes,
	xAt,
	yAt
} from './geometry';

describe('chart geometry', () => {
	it('maps values into the plot area', () => {
		expect(xAt(FRAME, 0, 3)).toBe(FRAME.left);
		expect(xAt(FRAME, 2, 3)).toBe(FRAME.width - FRAME.right);
		expect(yAt(FRAME, 10, 0, 10)).toBe(FRAME.top);
		expect(yAt(FRAME, 0, 0, 10)).toBe(FRAME.height - FRAME.bottom);
		expect(yAt(FRAME, 99, 0, 10)).toBe(FRAME.top);
	});

	it('breaks the line at missing values', () => {
		const d = linePath(FRAME, [1, 2, null, 4], 0, 10);
		expect(d.match(/M/g)).toHaveLength(2);
		expect(d.match(/L/g)).toHaveLength(1);
		expect(linePath(FRAME, [null], 0, 10)).toBe('');
	});

	it('picks a few ticks and round gridlines', () => {
		expect(tickIndexes(3)).toEqual([0, 1, 2]);
		expect(tickIndexes(1100)).toEqual([0, 220, 440, 659, 879, 1099]);
		expect(gridValues(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
		expect(gridValues(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
	});

	it('keeps end labels inside the chart and shortens dates', () => {
		expect([0, 1, 2].map((i) => tickAnchor(i, 3))).toEqual(['start', 'middle', 'end']);
		expect(tickAnchor(0, 1)).toBe('middle');
		expect(shortDate('2026-11-06')).toMatch(/6/);
		expect(shortDate('Week 2')).toBe('Week 2');
	});

	it('groups several points on one day and numbers them in the table', () => {
		const days = ['2026-11-01', '2026-11-02', '2026-11-02', '2026-11-02', '2026-11-03'];
		expect(sameLabelRuns(days)).toEqual([{ from: 1, to: 3, label: '2026-11-02' }]);
		expect(rowLabel(days, 2)).toBe('2026-11-02 (2 of 3)');
		expect(rowLabel(days, 0)).toBe('2026-11-01');
		expect(sameLabelRuns(['a', 'b', 'a'])).toEqual([]);
	});
});
