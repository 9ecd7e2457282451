import type { BackArea, SpasmRelief } from '$lib/core/records';

export { TRIGGER_LABELS } from '$lib/core/progress/triggers';

export const AREA_LABELS: Record<BackArea, string> = {
	'lower-left': 'Lower back, left',
	'lower-right': 'Lower back, right',
	'lower-middle': 'Lower back, middle',
	'mid-back': 'Middle of the back',
	'upper-back': 'Upper back'
};

export const RELIEF_LABELS: Record<SpasmRelief, string> = {
	'knees-to-chest': 'Knees to chest',
	'side-lying': 'Lying on my side',
	ice: 'Ice',
	heat: 'Heat',
	walking: 'Gentle walking',
	breathing: 'Slow breathing',
	medication: 'Medication',
	massage: 'Massage',
	rest: 'Rest',
	other: 'Something else'
};

export function formatDateTime(at: string): string {
	return new Date(at).toLocaleString(undefined, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit'
	});
}
