// Three years of daily Brace use as a backup file (format version 1): the data set of the
// progress benchmark, the progress e2e tests and the backup round-trip unit test. Seeded, so every
// run gets the same records.
const EXERCISES = ['dead-bug', 'bird-dog', 'side-plank', 'glute-bridge', 'cat-camel'];
const TRIGGERS = ['driving', 'sitting-long', 'lifting', 'stress', 'poor-sleep', 'sport'];

/**
 * Small seeded PRNG: the same data every run.
 * @param {number} seed
 */
function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const iso = (/** @type {number} */ ms) => new Date(ms).toISOString();
const pain = (/** @type {number} */ x) => Math.max(0, Math.min(10, Math.round(x)));

/**
 * A valid Brace backup (format version 1) with `days` of daily use ending yesterday: a session,
 * a next-morning pain check-in and a tension check-in each day, and a spasm episode every ~18 days.
 */
export function makeBackup({ days = 1100, end = Date.now(), seed = 7 } = {}) {
	const random = prng(seed);
	const dayMs = 86_400_000;
	const first = new Date(end - days * dayMs);
	first.setHours(0, 0, 0, 0);
	const sessions = [];
	const checkIns = [];
	const tension = [];
	const spasms = [];
	for (let i = 0; i < days; i++) {
		const start = first.getTime() + i * dayMs + 8 * 3_600_000 + Math.floor(random() * 3_600_000);
		const camera = random() < 0.6;
		const base = 6 - (i / days) * 4;
		const id = `bench-s-${i}`;
		sessions.push({
			id,
			day: (i % 28) + 1,
			startedAt: iso(start),
			endedAt: iso(start + 18 * 60_000),
			status: random() < 0.9 ? 'complete' : 'partial',
			painBefore: pain(base + random() * 2),
			painAfter: pain(base - 1 + random() * 2),
			exercises: EXERCISES.map((exerciseId) => ({
				exerciseId,
				setsPlanned: 3,
				setsDone: 3,
				repsDone: 24,
				holdsDone: 6,
				secondsDone: 120,
				...(camera
					? {
							goodFormSeconds: 80 + Math.floor(random() * 40),
							formScore: 60 + Math.floor(random() * 35)
						}
					: {}),
				skipped: false
			})),
			skippedSteps: [],
			cameraUsed: camera,
			durationSeconds: 900 + Math.floor(random() * 600),
			notes: i % 10 === 0 ? 'Felt stiff, eased off on the side plank, then fine.' : ''
		});
		checkIns.push({
			id: `bench-c-${i}`,
			at: iso(start + dayMs - 3_600_000),
			kind: 'morning',
			pain: pain(base - 1),
			sessionId: id
		});
		tension.push({
			id: `bench-t-${i}`,
			at: iso(start - 3_600_000),
			tension: pain(base + random() * 3),
			notes: ''
		});
		if (i % 18 === 5) {
			spasms.push({
				id: `bench-e-${i}`,
				at: iso(start + 10 * 3_600_000),
				area: ['lower-left'],
				severity: pain(5 + random() * 4),
				triggers: [TRIGGERS[Math.floor(random() * TRIGGERS.length)]],
				sittingHours: Math.round(random() * 50) / 10,
				helped: ['knees-to-chest', 'heat'],
				notes: ''
			});
		}
	}
	return {
		format: 'brace-backup',
		version: 1,
		exportedAt: iso(end),
		appVersion: 'bench',
		data: { settings: [], program: null, sessions, checkIns, spasms, tension }
	};
}
