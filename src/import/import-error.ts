import type { ImportErrorCode, ImportFileError, ImportFileResult } from './types';

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
