import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
// jsdom has no Worker, so layer files are validated on the main thread, through a dynamic import of the validator
// (src/data/validate-off-thread.ts). Loaded here once, that import resolves at once instead of inside a test's wait.
import '../src/data/validate';

// Testing Library unmounts between tests only when globals are on; do it explicitly.
afterEach(() => cleanup());
