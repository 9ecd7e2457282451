/**
 * What the Today page needs beyond the program: every pain rating (for the flare-up resume rule
 * and the see-a-physio prompts), flare-ups, and the daily tension check-ins and their trend.
 * The records come from RecordsState; the rules, loaded with the program, live in the core.
 */
import type { PainReading, ResumeReadiness } from '$lib/core/program/pause';
import type { PhysioPrompt } from '$lib/core/program/see-physio';
import { localDate } from '$lib/core/progress/dates';
import { risingTension } from '$lib/core/progress/tension-trend';
import type { PainCheckIn, TensionCheckIn } from '$lib/core/records';
import type { ProgramStore } from './program.svelte';
import { RecordsState } from './records.svelte';

export class TodayState {
	readonly records = new RecordsState();
	readonly #program: ProgramStore;

	readonly readings: PainReading[] = $derived([
		...this.records.checkIns.map((c) => ({ at: c.at, pain: c.pain })),
		...this.records.sessions.flatMap((s) => [
			...(s.painBefore === null ? [] : [{ at: s.startedAt, pain: s.painBefore }]),
			...(s.painAfter === null ? [] : [{ at: s.endedAt ?? s.startedAt, pain: s.painAfter }])
		]),
		...this.records.spasms.map((e) => ({ at: e.at, pain: e.severity }))
	]);
	readonly rising = $derived(risingTension(this.records.tension, this.records.today));
	readonly tensionToday = $derived(
		this.records.tension.findLast((t) => localDate(t.at) === this.records.today) ?? null
	);
	readonly ratedToday = $derived(
		this.records.checkIns.some((c) => c.kind === 'spot' && localDate(c.at) === this.records.today)
	);

	constructor(program: ProgramStore) {
		this.#program = program;
	}

	/** The records and the program's rules are in. */
	get loaded(): boolean {
		return this.records.complete && !!this.#program.rules;
	}

	load(): Promise<void> {
		return this.records.loadAll();
	}

	/** Whether a flare-up pause may end by itself (two settled days), or only by choice. */
	readiness(): ResumeReadiness | null {
		const { state, rules } = this.#program;
		const paused = state?.paused;
		return paused?.reason === 'flare-up' && rules
			? rules.resumeReadiness(paused, this.readings)
			: null;
	}

	prompts(): PhysioPrompt[] {
		const { state: program, rules } = this.#program;
		if (!rules) return [];
		const flares = [
			...(program?.history ?? [])
				.filter(
					(d) =>
						(d.kind === 'pause' && d.trigger === 'flare-up') ||
						d.kind === 'relief' ||
						d.kind === 'lighter'
				)
				.map((d) => d.at),
			...this.records.spasms.map((e) => e.at)
		];
		return rules.physioPrompts({
			today: this.records.today,
			readings: this.readings,
			flares,
			programComplete: !!program && rules.nextDay(program).kind === 'complete',
			painBefore: this.records.sessions.filter((s) => s.day >= 1).map((s) => s.painBefore)
		});
	}

	logTension = (checkIn: TensionCheckIn) => this.records.logTension(checkIn);
	logSpotPain = (checkIn: PainCheckIn) => this.records.logCheckIn(checkIn);
}
