import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearHubAnalysisCache } from '../src/ui/analysis/use-hub-analysis-value';
import './setup-node';

// findBy*/waitFor wait for an event, up to this long: a busy machine needs more than the default second.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no Worker, so layer files are validated on the main thread, through a dynamic import of the validator
// (src/data/validate-off-thread.ts). Loaded here once, that import resolves at once instead of inside a test's wait.
import '../src/data/validate';

// Testing Library unmounts between tests only when globals are on; do it explicitly.
afterEach(() => {
  cleanup();
  clearHubAnalysisCache();
});
