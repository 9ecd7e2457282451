/**
 * Makes the fake-camera videos the pose tests and bench use, from real photos in Debian's
 * opencv-doc package, into .tmp/videos/ (gitignored; they are large and cheap to rebuild).
 *
 *   messi.y4m          a whole person, 640x480 landscape
 *   messi-portrait.y4m the same person, 480x640 portrait
 *   messi-cropped.y4m  only head and chest: "whole body" must fail
 *   messi-dark.y4m     the same scene underexposed: "light" must fail
 *   basketball.y4m     two people, one whole, indoor light (grey)
 *
 * and, from the rendered exercise clips in tests/fixtures/video/ (a figure doing the exercise,
 * 480x360 at 10 frames a second, from the labelled set in tests/fixtures/posture-dev/):
 *
 *   gb-good.y4m        three good glute bridges (dev_gb_good_L)
 *   gb-hipslow.y4m     one good bridge, then two that stop short (dev_gb_hipslow_L)
 *   sup-arched.y4m     the lying brace: flat, arched, flat (dev_sup_arched_L)
 *   sup-then-empty.y4m a good lying brace (dev_sup_good_R), then 4 s of the room with nobody
 *
 * Usage: node scripts/make-test-videos.mjs [outDir]   (prints the folder)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const photos = '/usr/share/doc/opencv-doc/examples/data';
const FRAMES = 3; // a still photo: a few identical frames, which Chromium loops

/**
 * The photo's path, unzipping `name.gz` into the work folder if Debian compressed it.
 * @param {string} name
 * @param {string} work
 */
function photo(name, work) {
	const plain = join(photos, name);
	if (existsSync(plain)) return plain;
	if (!existsSync(`${plain}.gz`)) throw new Error(`${plain} missing: apt-get install opencv-doc`);
	const out = join(work, name);
	writeFileSync(out, gunzipSync(readFileSync(`${plain}.gz`)));
	return out;
}

/** @param {number} w @param {number} h */
const fit = (w, h) =>
	`scale=${w}:${h}:force_original_aspect_ratio=decrease,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=0x202020`;

export const VIDEOS = {
	'messi.y4m': { photo: 'messi5.jpg', filter: fit(640, 480) },
	'messi-portrait.y4m': { photo: 'messi5.jpg', filter: fit(480, 640) },
	'messi-cropped.y4m': { photo: 'messi5.jpg', filter: 'crop=240:180:150:50,scale=640:480' },
	'messi-dark.y4m': {
		photo: 'messi5.jpg',
		filter: `${fit(640, 480)},eq=brightness=-0.32:gamma=0.6`
	},
	'basketball.y4m': { photo: 'basketball1.png', filter: 'format=yuv420p' }
};

const CLIPS = join(root, 'tests/fixtures/video');
/** The rendered room with the mat and figure painted over: nobody to track. */
const EMPTY_ROOM = 'drawbox=x=0:y=100:w=480:h=170:color=0x9c7b5c:t=fill';

/** Clip videos: [output, input clip, extra ffmpeg filter graph or null]. */
export const CLIP_VIDEOS = {
	'gb-good.y4m': 'dev_gb_good_L.mp4',
	'gb-hipslow.y4m': 'dev_gb_hipslow_L.mp4',
	'sup-arched.y4m': 'dev_sup_arched_L.mp4'
};

/** @param {string} outDir */
function makeClipVideos(outDir) {
	for (const [name, clip] of Object.entries(CLIP_VIDEOS)) {
		const out = join(outDir, name);
		if (existsSync(out)) continue;
		execFileSync('ffmpeg', [
			'-loglevel',
			'error',
			'-y',
			'-i',
			join(CLIPS, clip),
			'-pix_fmt',
			'yuv420p',
			out
		]);
	}
	const out = join(outDir, 'sup-then-empty.y4m');
	if (!existsSync(out)) {
		const clip = join(CLIPS, 'dev_sup_good_R.mp4');
		const graph =
			`[0:v]split[a][b];[b]trim=start_frame=0:end_frame=1,${EMPTY_ROOM},loop=39:1:0,setpts=N/10/TB[e];` +
			'[a][e]concat=n=2:v=1,format=yuv420p[v]';
		execFileSync('ffmpeg', [
			'-loglevel',
			'error',
			'-y',
			'-i',
			clip,
			'-filter_complex',
			graph,
			'-map',
			'[v]',
			'-r',
			'10',
			out
		]);
	}
}

export function makeTestVideos(outDir = join(root, '.tmp/videos')) {
	mkdirSync(outDir, { recursive: true });
	for (const [name, { photo: source, filter }] of Object.entries(VIDEOS)) {
		const out = join(outDir, name);
		if (existsSync(out)) continue;
		const input = photo(source, outDir);
		const args = ['-loglevel', 'error', '-y', '-loop', '1', '-i', input];
		args.push('-vf', `${filter},format=yuv420p`, '-r', '30', '-frames:v', String(FRAMES), out);
		execFileSync('ffmpeg', args);
	}
	makeClipVideos(outDir);
	return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	console.log(makeTestVideos(process.argv[2] ? resolve(process.argv[2]) : undefined));
}
