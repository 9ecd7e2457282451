import { encodeTrace, traceFileName, type PoseTrace } from '$lib/core/posture/trace';

/** Offers a pose trace as a JSON download; it is made here and never sent anywhere. */
export function downloadTrace(trace: PoseTrace): void {
	const blob = new Blob([encodeTrace(trace)], { type: 'application/json' });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = traceFileName(trace, new Date());
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
