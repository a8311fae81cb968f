import { afterEach } from 'vitest';
import { forgetLoadedLanguages } from '../src/i18n/messages';

// Module-level tables are shared by every test of a file: start each test as a fresh page would.
afterEach(() => forgetLoadedLanguages());
