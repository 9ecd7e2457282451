/** The program's public surface: catalogue, plan, progression state and pain rules. */
export * from './types';
export {
	EXERCISES,
	getExercise,
	findExercise,
	variantChain,
	loadsBackExtensors
} from './catalogue';
export {
	buildSession,
	lighterSession,
	stretchSession,
	sessionSeconds,
	type PlannedExercise,
	type PlannedSession
} from './plan';
export {
	WEEKS,
	PROGRAM_DAYS,
	weekOf,
	dayKind,
	type WeekPlan,
	type WeekNumber,
	type DayKind
} from './weeks';
export * from './state';
export { nextDay, sessionFor, markDay, skipDay, repeatDay, type NextDay } from './days';
export * from './adapt';
export * from './pause';
export { physioPrompts, type PhysioPrompt, type PhysioInput } from './see-physio';
export { formatDose, formatSeconds, formatMinutes } from './format';
export {
	pose,
	keyPoses,
	type KeyframeSequence,
	type JointPositions,
	type Joint,
	type Point
} from './keyframes';
export { keyframesFor } from './keyframes-data';
export { renderProgramDoc } from './doc';
