/**
 * Everything the Progress, History and Report pages show: the stored records (RecordsState)
 * summarised by the pure functions in core/progress.
 */
import { inferStartDate, overridesFromProgram, programCalendar } from '$lib/core/progress/calendar';
import { addDays, localDate } from '$lib/core/progress/dates';
import { practiceSummary, programSessions, reliefSummary } from '$lib/core/progress/sessions';
import { streaks } from '$lib/core/progress/streaks';
import { totals } from '$lib/core/progress/totals';
import { formTrends, morningTrend, painChange, painTrend } from '$lib/core/progress/trends';
import { spasmPatterns, triggerCounts } from '$lib/core/progress/triggers';
import { RECENT_DAYS, RecordsState } from './records.svelte';

export { mark, messageOf } from './records.svelte';

export class ProgressState extends RecordsState {
	readonly startDate = $derived(this.program?.startDate ?? inferStartDate(this.sessions));
	readonly calendar = $derived(
		this.startDate
			? programCalendar(
					this.startDate,
					this.sessions,
					this.today,
					overridesFromProgram(this.program)
				)
			: []
	);
	readonly streaks = $derived(streaks(this.sessions, this.today));
	/** Program days done: the program's figures leave relief sessions and empty ends out. */
	readonly programSessions = $derived(programSessions(this.sessions));
	readonly totals = $derived(totals(this.programSessions));
	readonly relief = $derived(reliefSummary(this.sessions));
	/** Practice sets with the camera, latest first. */
	readonly practice = $derived(practiceSummary(this.sessions));
	/** Charts show this many recent days (null: all time); long histories default to 90. */
	chartDays = $state<number | null>(null);
	readonly chartSessions = $derived.by(() => {
		if (this.chartDays === null) return this.sessions;
		const from = addDays(this.today, -(this.chartDays - 1));
		const first = this.sessions.findIndex((s) => localDate(s.startedAt) >= from);
		return first === -1 ? [] : this.sessions.slice(first);
	});
	readonly pain = $derived(painTrend(programSessions(this.chartSessions)));
	readonly painChange = $derived(painChange(this.programSessions));
	readonly morning = $derived(morningTrend(this.checkIns));
	readonly form = $derived(formTrends(this.chartSessions));
	readonly triggers = $derived(triggerCounts(this.spasms));
	readonly patterns = $derived(spasmPatterns(this.spasms, this.tension, this.sessions));
	protected override firstRead(partial: boolean): void {
		if (partial) this.chartDays = RECENT_DAYS;
	}

	readonly isEmpty = $derived(
		this.loaded &&
			this.counts.sessions === 0 &&
			this.spasms.length === 0 &&
			this.counts.tension === 0
	);
}
