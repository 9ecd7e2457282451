/**
 * The labelled dev clips (tests/fixtures/posture-dev/), read from disk with their manifest's truth.
 * Node only: the evaluation script and the unit tests use it, the app never does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeTrace } from '../trace';
import type { Interval, Labelled } from './variations';

export const DEV_CLIPS_DIR = 'tests/fixtures/posture-dev';

export interface ManifestEntry {
	name: string;
	exercise: string;
	trace: string;
	reps: number | null;
	faults: (Interval & { code: string })[];
	goodIntervals: Interval[];
	/** "wrong-view": filmed from the wrong side on purpose. */
	expect?: string;
}

export function readManifest(dir = DEV_CLIPS_DIR): ManifestEntry[] {
	return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
}

/** Every clip of the manifest, its trace decoded (and so validated) and its truth. */
export function loadClips(dir = DEV_CLIPS_DIR): Labelled[] {
	return readManifest(dir).map((e) => ({
		name: e.name,
		trace: decodeTrace(readFileSync(join(dir, e.trace), 'utf8')),
		truth: {
			exercise: e.exercise,
			reps: e.reps,
			faults: e.faults,
			goodIntervals: e.goodIntervals,
			wrongView: e.expect === 'wrong-view'
		}
	}));
}
