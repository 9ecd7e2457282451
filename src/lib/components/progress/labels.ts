import type { BackArea, SpasmRelief, SpasmTrigger } from '$lib/core/records';

export const TRIGGER_LABELS: Record<SpasmTrigger, string> = {
	driving: 'Driving',
	'sitting-long': 'Sitting a long time',
	lifting: 'Lifting',
	bending: 'Bending',
	stress: 'Stress',
	sport: 'Sport',
	'poor-sleep': 'Poor sleep',
	dehydration: 'Dehydration',
	'sneeze-cough': 'Sneeze or cough',
	other: 'Other'
};

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
