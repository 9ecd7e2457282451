/**
 * The program's rules as the app-wide ProgramStore and Today use them. They pull in the whole
 * exercise catalogue, so the store loads this module with its data instead of every page
 * carrying it in its first download.
 */
import type { PlannedSession } from '$lib/core/program/plan';
import type { Familiarity } from '$lib/core/player/briefing';
import { buildSteps, stepsSeconds } from '$lib/core/player/steps';

export { applyPainCheck, reportFlareUp } from '$lib/core/program/adapt';
export { nextDay, repeatDay, sessionFor, skipDay } from '$lib/core/program/days';
export {
	chooseForHighPain,
	pauseForRedFlag,
	resumeProgram,
	resumeReadiness
} from '$lib/core/program/pause';
export { sessionOverview } from '$lib/core/program/overview';
export { physioPrompts } from '$lib/core/program/see-physio';
export { needsRedFlagScreen } from '$lib/core/safety/red-flags';

/** A session's real length, briefings included. */
export function sessionSeconds(session: PlannedSession, familiarity: Familiarity): number {
	return stepsSeconds(buildSteps(session, familiarity));
}
