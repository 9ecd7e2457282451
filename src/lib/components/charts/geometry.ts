/** Plot-area geometry shared by the SVG charts: pure, so it is tested in node. */

export interface Frame {
	width: number;
	height: number;
	/** Space for axis labels. */
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export const FRAME: Frame = { width: 640, height: 260, left: 40, right: 12, top: 12, bottom: 36 };

export function xAt(frame: Frame, index: number, count: number): number {
	const inner = frame.width - frame.left - frame.right;
	return frame.left + (count <= 1 ? inner / 2 : (index / (count - 1)) * inner);
}

export function yAt(frame: Frame, value: number, min: number, max: number): number {
	const inner = frame.height - frame.top - frame.bottom;
	const t = max === min ? 0.5 : (value - min) / (max - min);
	return frame.top + (1 - Math.min(1, Math.max(0, t))) * inner;
}

/** An SVG path through the points; a null value breaks the line (no rating that day). */
export function linePath(
	frame: Frame,
	values: readonly (number | null)[],
	min: number,
	max: number
): string {
	let d = '';
	let pen = false;
	values.forEach((v, i) => {
		if (v === null) {
			pen = false;
			return;
		}
		const x = xAt(frame, i, values.length).toFixed(1);
		const y = yAt(frame, v, min, max).toFixed(1);
		d += `${pen ? 'L' : 'M'}${x} ${y}`;
		pen = true;
	});
	return d;
}

/** Indexes to label on the x axis: first, last and evenly spaced ones between, at most `max`. */
export function tickIndexes(count: number, max = 6): number[] {
	if (count <= 0) return [];
	if (count <= max) return Array.from({ length: count }, (_, i) => i);
	const step = (count - 1) / (max - 1);
	return [...new Set(Array.from({ length: max }, (_, i) => Math.round(i * step)))];
}

/** Round gridline values from min to max. */
export function gridValues(min: number, max: number, lines = 5): number[] {
	const raw = (max - min) / lines;
	const magnitude = 10 ** Math.floor(Math.log10(raw || 1));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
	const out: number[] = [];
	for (let v = min; v <= max + 1e-9; v += step) out.push(Math.round(v * 100) / 100);
	return out;
}

/** End ticks are anchored inwards so their labels are not clipped by the plot edge. */
export function tickAnchor(index: number, count: number): 'start' | 'middle' | 'end' {
	if (count > 1 && index === 0) return 'start';
	if (count > 1 && index === count - 1) return 'end';
	return 'middle';
}

/** "6 Nov" for an ISO date label; other labels pass through. */
export function shortDate(label: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(label)) return label;
	return new Date(`${label}T12:00:00`).toLocaleDateString(undefined, {
		day: 'numeric',
		month: 'short'
	});
}

/** Runs of two or more points with the same label (sessions on one day), first to last index. */
export function sameLabelRuns(
	labels: readonly string[]
): { from: number; to: number; label: string }[] {
	const runs: { from: number; to: number; label: string }[] = [];
	labels.forEach((label, i) => {
		const last = runs.at(-1);
		if (last && last.label === label && last.to === i - 1) last.to = i;
		else runs.push({ from: i, to: i, label });
	});
	return runs.filter((r) => r.to > r.from);
}

/** The table's row label: the date, and which of that day's points this is when there are several. */
export function rowLabel(labels: readonly string[], index: number): string {
	const label = labels[index] ?? '';
	const run = sameLabelRuns(labels).find((r) => index >= r.from && index <= r.to);
	return run ? `${label} (${index - run.from + 1} of ${run.to - run.from + 1})` : label;
}
