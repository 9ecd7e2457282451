import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/artifacts',
	fullyParallel: false,
	workers: 2,
	// No retries: a flaky test is fixed, not retried.
	retries: 0,
	// Generous: the CI machine has 2 cores, and MediaPipe and axe are CPU-heavy.
	timeout: 120_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'test-results/report' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure'
	},
	webServer: {
		command: `node scripts/serve.mjs build`,
		env: { PORT: String(PORT) },
		url: `http://localhost:${PORT}/build-info.json`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
