import type { PainCheckIn, SessionRecord, SpasmEpisode, TensionCheckIn } from '../records';
import { isFurtherAlong } from '../session-order';
import type { BackupData, JsonValue, SettingEntry } from './format';

/**
 * Merge rules for importing a backup into a device that may already hold data:
 * - records are matched by id; a record already here is never deleted or replaced,
 *   except a session whose imported copy is further along (a session finished on the other
 *   device after the backup was taken on this one) — progress only ever moves forward;
 * - settings and the program state are only added when this device has none.
 */
export interface ExistingData {
	sessions: ReadonlyMap<string, SessionRecord>;
	checkInIds: ReadonlySet<string>;
	spasmIds: ReadonlySet<string>;
	tensionIds: ReadonlySet<string>;
	settingKeys: ReadonlySet<string>;
	hasProgram: boolean;
}

export interface MergePlan {
	sessions: { add: SessionRecord[]; update: SessionRecord[]; unchanged: number };
	checkIns: { add: PainCheckIn[]; unchanged: number };
	spasms: { add: SpasmEpisode[]; unchanged: number };
	tension: { add: TensionCheckIn[]; unchanged: number };
	settings: { add: SettingEntry[]; unchanged: number };
	/** Program state to store, or null to keep this device's (or when the file has none). */
	program: JsonValue | null;
}

export function planMerge(existing: ExistingData, incoming: BackupData): MergePlan {
	const sessions: MergePlan['sessions'] = { add: [], update: [], unchanged: 0 };
	for (const s of incoming.sessions) {
		const here = existing.sessions.get(s.id);
		if (!here) sessions.add.push(s);
		else if (isFurtherAlong(here, s)) sessions.update.push(s);
		else sessions.unchanged++;
	}
	const split = <T extends { id: string }>(records: T[], ids: ReadonlySet<string>) => {
		const add = records.filter((r) => !ids.has(r.id));
		return { add, unchanged: records.length - add.length };
	};
	const settings = incoming.settings.filter((s) => !existing.settingKeys.has(s.key));
	return {
		sessions,
		checkIns: split(incoming.checkIns, existing.checkInIds),
		spasms: split(incoming.spasms, existing.spasmIds),
		tension: split(incoming.tension, existing.tensionIds),
		settings: { add: settings, unchanged: incoming.settings.length - settings.length },
		program: existing.hasProgram ? null : incoming.program
	};
}

export interface ImportPreview {
	sessions: number;
	sessionsUpdated: number;
	checkIns: number;
	spasms: number;
	tension: number;
	settings: number;
	program: boolean;
	/** Records in the file that this device already has. */
	alreadyHere: number;
}

export function previewOf(plan: MergePlan): ImportPreview {
	return {
		sessions: plan.sessions.add.length,
		sessionsUpdated: plan.sessions.update.length,
		checkIns: plan.checkIns.add.length,
		spasms: plan.spasms.add.length,
		tension: plan.tension.add.length,
		settings: plan.settings.add.length,
		program: plan.program !== null,
		alreadyHere:
			plan.sessions.unchanged +
			plan.checkIns.unchanged +
			plan.spasms.unchanged +
			plan.tension.unchanged
	};
}

export function isNoop(preview: ImportPreview): boolean {
	const { alreadyHere: _, program, ...counts } = preview;
	return !program && Object.values(counts).every((n) => n === 0);
}

/** Lines like "12 sessions", for the confirmation step. */
export function describePreview(p: ImportPreview): string[] {
	const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
	const lines: string[] = [];
	if (p.sessions) lines.push(n(p.sessions, 'session', 'sessions'));
	if (p.sessionsUpdated)
		lines.push(n(p.sessionsUpdated, 'session completed further', 'sessions completed further'));
	if (p.checkIns) lines.push(n(p.checkIns, 'pain check-in', 'pain check-ins'));
	if (p.spasms) lines.push(n(p.spasms, 'spasm episode', 'spasm episodes'));
	if (p.tension) lines.push(n(p.tension, 'tension check-in', 'tension check-ins'));
	if (p.program) lines.push('your program progress');
	if (p.settings) lines.push(n(p.settings, 'setting', 'settings'));
	return lines;
}
