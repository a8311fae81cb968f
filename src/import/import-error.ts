import type { DropCode, DropReason, ImportErrorCode, ImportFileError, ImportFileResult } from './types';

/**
 * A file-level failure thrown inside a parser and turned into an `ImportFileResult` at the top, so a parser can stop
 * wherever it finds the problem and still name the file and the code.
 */
export class ImportFailure extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = 'ImportFailure';
    this.code = code;
  }
}

/**
 * One row or feature that cannot be imported, thrown where a parser finds why and caught where it records the drop:
 * `reason` (a code and the offending value) is said in the UI's language, the English message goes to logs and to
 * `npm run data:import`.
 */
export class DropProblem extends Error {
  readonly reason: DropReason;

  constructor(code: DropCode, message: string, value = '') {
    super(message);
    this.name = 'DropProblem';
    this.reason = { code, value };
  }
}

export const failed = (file: string, code: ImportErrorCode, message: string): ImportFileResult => ({
  status: 'failed',
  error: { file, code, message: `${file}: ${message}` } satisfies ImportFileError,
});

/** Turns anything thrown while importing `file` into a failed result; unexpected errors keep their text. */
export function failureFromError(file: string, error: unknown): ImportFileResult {
  if (error instanceof ImportFailure) return failed(file, error.code, error.message);
  const text = error instanceof Error ? error.message : String(error);
  return failed(file, 'internal', `could not be read (${text}). Please report this with the file if you can.`);
}
