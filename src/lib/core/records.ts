/**
 * Records the app keeps about a person: produced by the program and the session player,
 * persisted by storage/, summarised by progress/. Plain JSON-safe data (ISO strings, no Dates)
 * so the same shapes go into IndexedDB, backups and the clinician report unchanged.
 */

/** 0 (no pain) to 10 (worst imaginable), the numeric rating scale. */
export type PainScore = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** An ISO 8601 timestamp, e.g. 2026-11-26T08:30:00.000Z. */
export type IsoDateTime = string;
/** A local calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** A fault the camera saw in a set: seconds from the set's start. */
export interface CameraFault {
	code: string;
	start: number;
	end: number;
}

/** One set the camera watched, as the posture engine judged it. */
export interface CameraSet {
	/** 1-based set number; the side for sets done on each side in turn. */
	set: number;
	side: 'left' | 'right' | null;
	/** Repetitions attempted, faulty ones included, and those counted (done with good form). */
	reps: number;
	goodReps: number;
	/** Time the form was good, and that time over the time the camera could judge (0-100). */
	goodFormSeconds: number;
	formScore: number | null;
	/** Seconds the camera could judge; the rest it could not see the person well enough. */
	trackedSeconds: number;
	faults: CameraFault[];
}

export interface ExerciseResult {
	exerciseId: string;
	/** Variant actually done (may be an easier or harder variant of the planned one). */
	setsPlanned: number;
	setsDone: number;
	/** Reps done across all sets (rep-based exercises). */
	repsDone: number;
	/** Holds completed across all sets (hold-based exercises). */
	holdsDone: number;
	/** Seconds of work (holds, timed stretches), not counting rest. */
	secondsDone: number;
	/** Present only when the camera was on for this exercise. */
	goodFormSeconds?: number;
	/** 0-100, present only when the camera was on for this exercise. */
	formScore?: number;
	/** Each set the camera watched, present only when it did. */
	cameraSets?: CameraSet[];
	skipped: boolean;
}

export type SessionStatus = 'in-progress' | 'complete' | 'partial';

export interface SessionRecord {
	id: string;
	/** Program day 1-28 this session was for; 0 for the stretch session or a practice set. */
	day: number;
	/** Absent for a program day. */
	kind?: 'stretch' | 'practice';
	startedAt: IsoDateTime;
	endedAt: IsoDateTime | null;
	status: SessionStatus;
	painBefore: PainScore | null;
	painAfter: PainScore | null;
	exercises: ExerciseResult[];
	/** Step ids the person skipped. */
	skippedSteps: string[];
	cameraUsed: boolean;
	/** Active seconds (work + rest), excluding pauses. */
	durationSeconds: number;
	notes: string;
	/**
	 * Pain of 7 or more before the session changed it: the person chose a lighter version, or the
	 * relief flow instead (the record then holds only the pain before). Absent otherwise.
	 */
	adjusted?: 'lighter' | 'relief';
}

/** Anything was done: a set completed, or part of one. A session without is not a day done. */
export function didAnyWork(record: SessionRecord): boolean {
	return record.exercises.some(
		(e) => e.setsDone > 0 || e.repsDone > 0 || e.holdsDone > 0 || e.secondsDone > 0
	);
}

export type CheckInKind = 'before' | 'after' | 'morning' | 'spot';

export interface PainCheckIn {
	id: string;
	at: IsoDateTime;
	kind: CheckInKind;
	pain: PainScore;
	/** Session the check-in belongs to (before/after), or the session it follows up (morning). */
	sessionId: string | null;
}

export const SPASM_TRIGGERS = [
	'driving',
	'sitting-long',
	'lifting',
	'bending',
	'stress',
	'sport',
	'poor-sleep',
	'dehydration',
	'sneeze-cough',
	'other'
] as const;
export type SpasmTrigger = (typeof SPASM_TRIGGERS)[number];

export const SPASM_RELIEFS = [
	'knees-to-chest',
	'side-lying',
	'ice',
	'heat',
	'walking',
	'breathing',
	'medication',
	'massage',
	'rest',
	'other'
] as const;
export type SpasmRelief = (typeof SPASM_RELIEFS)[number];

export type BackArea = 'lower-left' | 'lower-right' | 'lower-middle' | 'mid-back' | 'upper-back';

export interface SpasmEpisode {
	id: string;
	at: IsoDateTime;
	area: BackArea[];
	severity: PainScore;
	triggers: SpasmTrigger[];
	/** Hours sitting before the episode, when the person logged it. */
	sittingHours: number | null;
	helped: SpasmRelief[];
	notes: string;
}

export interface TensionCheckIn {
	id: string;
	at: IsoDateTime;
	/** 0 relaxed to 10 very tight, the body-scan rating of back tension. */
	tension: PainScore;
	/** Where it is tight, on the body map (absent in check-ins saved before the map existed). */
	areas?: BackArea[];
	/** What the day held (sitting, driving, stress…), in the spasm log's words. */
	dayHeld?: SpasmTrigger[];
	notes: string;
}
