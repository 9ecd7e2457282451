import * as v from 'valibot';
import { SPASM_RELIEFS, SPASM_TRIGGERS, type PainScore } from '../records';
import { BACKUP_FORMAT, BACKUP_VERSION, type JsonValue } from './format';
import { isBoundedJson, LIMITS } from './limits';

export { isBoundedJson, LIMITS } from './limits';

/** Caps keep a hostile file from filling the device: generous for real use, small for abuse. */

const PAIN = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const satisfies readonly PainScore[];

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));
const text = v.pipe(v.string(), v.maxLength(LIMITS.text));
const timestamp = v.pipe(
	v.string(),
	v.maxLength(40),
	v.isoTimestamp(),
	v.check((s) => !Number.isNaN(Date.parse(s)), 'Invalid date')
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
const seconds = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(86_400 * 7));
const painScore = v.picklist(PAIN);
const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.list) =>
	v.pipe(v.array(item), v.maxLength(max));

const cameraSetSchema = v.strictObject({
	set: v.pipe(count, v.minValue(1)),
	side: v.nullable(v.picklist(['left', 'right'])),
	reps: count,
	goodReps: count,
	goodFormSeconds: seconds,
	formScore: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))),
	trackedSeconds: seconds,
	faults: list(v.strictObject({ code: id, start: seconds, end: seconds }), LIMITS.list)
});

export const exerciseResultSchema = v.strictObject({
	exerciseId: id,
	setsPlanned: count,
	setsDone: count,
	repsDone: count,
	holdsDone: count,
	secondsDone: seconds,
	goodFormSeconds: v.optional(seconds),
	formScore: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))),
	cameraSets: v.optional(list(cameraSetSchema, LIMITS.exercises)),
	skipped: v.boolean()
});

export const sessionSchema = v.strictObject({
	id,
	// 0: a stretch session or a practice set, which belong to no program day.
	day: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(366)),
	kind: v.optional(v.picklist(['stretch', 'practice'])),
	startedAt: timestamp,
	endedAt: v.nullable(timestamp),
	status: v.picklist(['in-progress', 'complete', 'partial']),
	painBefore: v.nullable(painScore),
	painAfter: v.nullable(painScore),
	exercises: list(exerciseResultSchema, LIMITS.exercises),
	skippedSteps: list(id, LIMITS.exercises),
	cameraUsed: v.boolean(),
	durationSeconds: seconds,
	notes: text,
	adjusted: v.optional(v.picklist(['lighter', 'relief']))
});

export const painCheckInSchema = v.strictObject({
	id,
	at: timestamp,
	kind: v.picklist(['before', 'after', 'morning', 'spot']),
	pain: painScore,
	sessionId: v.nullable(id)
});

const backArea = v.picklist([
	'lower-left',
	'lower-right',
	'lower-middle',
	'mid-back',
	'upper-back'
]);

export const spasmEpisodeSchema = v.strictObject({
	id,
	at: timestamp,
	area: list(backArea),
	severity: painScore,
	triggers: list(v.picklist(SPASM_TRIGGERS)),
	sittingHours: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(24))),
	helped: list(v.picklist(SPASM_RELIEFS)),
	notes: text
});

export const tensionCheckInSchema = v.strictObject({
	id,
	at: timestamp,
	tension: painScore,
	areas: v.optional(list(backArea)),
	dayHeld: v.optional(list(v.picklist(SPASM_TRIGGERS))),
	notes: text
});

const jsonValue = v.custom<JsonValue>(isBoundedJson, 'Invalid value');

/**
 * The program state's required shape (core/program/state.ts). Loose, so fields the program adds
 * later survive a round trip; its size is already bounded by isBoundedJson.
 */
export const programStateSchema = v.looseObject({
	version: v.literal(1),
	startDate: v.pipe(v.string(), v.isoDate()),
	days: list(
		v.looseObject({
			// 0: a relief session or a practice set, which belong to no program day.
			day: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(366)),
			kind: v.optional(v.picklist(['relief', 'practice'])),
			status: v.picklist(['todo', 'done', 'partial', 'skipped']),
			at: v.nullable(timestamp),
			sessionId: v.nullable(id)
		}),
		400
	),
	levels: v.record(v.pipe(v.string(), v.maxLength(LIMITS.id)), count),
	canAdvance: v.boolean(),
	paused: v.nullable(
		v.looseObject({ reason: v.picklist(['flare-up', 'red-flag']), since: timestamp })
	),
	repeatDay: v.nullable(v.number()),
	history: list(v.looseObject({ at: timestamp, kind: v.string() }), 10_000)
});

export const backupSchema = v.strictObject({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	exportedAt: timestamp,
	appVersion: v.pipe(v.string(), v.maxLength(50)),
	data: v.strictObject({
		settings: list(
			v.strictObject({
				key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
				value: jsonValue
			}),
			1000
		),
		program: v.nullable(
			v.pipe(
				jsonValue,
				v.check((p) => v.is(programStateSchema, p), 'Not a Brace program state')
			)
		),
		sessions: list(sessionSchema, LIMITS.records),
		checkIns: list(painCheckInSchema, LIMITS.records),
		spasms: list(spasmEpisodeSchema, LIMITS.records),
		tension: list(tensionCheckInSchema, LIMITS.records)
	})
});
