import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearHubAnalysisCache } from '../src/ui/analysis/use-hub-analysis-value';
import './setup-node';

// Testing Library unmounts between tests only when globals are on; do it explicitly.
afterEach(() => {
  cleanup();
  clearHubAnalysisCache();
});
