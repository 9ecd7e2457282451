/**
 * `npm run analyze -- --exercise <id> [--calibration <trace.json>] <trace.json>`: runs the posture
 * engine over a recorded pose trace and prints one JSON object (reps, good reps, good-form time,
 * form score, faults with start and end, cues, unknown time; times in ms from the first frame).
 * Exit code 2 with a message on stderr for a bad trace, an unknown exercise or bad arguments.
 */
import { readFileSync } from 'node:fs';
import { analyzeTrace, calibrationFromTrace } from '../src/lib/core/posture/analyze';
import { CHECKED_EXERCISES, rulesFor } from '../src/lib/core/posture/rules';
import { decodeTrace, type PoseTrace } from '../src/lib/core/posture/trace';

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(2);
}

const USAGE = 'usage: npm run analyze -- --exercise <id> [--calibration <trace.json>] <trace.json>';

function parseArgs(argv: string[]) {
	let exercise: string | null = null;
	let calibration: string | null = null;
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '--exercise' || a === '--calibration') {
			const v = argv[++i];
			if (!v) fail(`${a} needs a value\n${USAGE}`);
			if (a === '--exercise') exercise = v;
			else calibration = v;
		} else if (a.startsWith('--exercise=')) exercise = a.slice(11);
		else if (a.startsWith('--calibration=')) calibration = a.slice(14);
		else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`);
		else files.push(a);
	}
	if (!exercise) fail(`--exercise is required\n${USAGE}`);
	if (files.length !== 1) fail(`give exactly one trace file\n${USAGE}`);
	return { exercise, calibration, file: files[0]! };
}

function readTrace(path: string): PoseTrace {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		fail(`cannot read ${path}: ${(error as Error).message}`);
	}
	try {
		return decodeTrace(text);
	} catch (error) {
		const why =
			error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message;
		fail(`${path}: ${why}`);
	}
}

const args = parseArgs(process.argv.slice(2));
if (!rulesFor(args.exercise)) {
	fail(
		`unknown exercise "${args.exercise}"; the camera checks these: ${CHECKED_EXERCISES.join(', ')}`
	);
}
const trace = readTrace(args.file);
let calibration = null;
if (args.calibration) {
	calibration = calibrationFromTrace(readTrace(args.calibration), args.exercise);
	if (!calibration) fail(`${args.calibration}: not enough relaxed and braced frames to calibrate`);
}
process.stdout.write(
	`${JSON.stringify(analyzeTrace(trace, args.exercise, calibration), null, 2)}\n`
);
