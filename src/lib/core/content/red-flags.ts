import { RED_FLAG_QUESTIONS } from '../safety/red-flags';

/**
 * Symptoms that need a doctor, as statements, the emergency ones first. Shared by the Relief
 * and flare-up pages; the screening questions are the same list (safety/red-flags.ts).
 */
export const RED_FLAG_SIGNS: readonly { sign: string; emergency: boolean }[] =
	RED_FLAG_QUESTIONS.map((q) => ({ sign: q.sign, emergency: q.urgency === 'emergency' }));
