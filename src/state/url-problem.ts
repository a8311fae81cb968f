import type { ProposalProblemCode } from './proposed-hubs-url';

/** A URL value that was ignored, for a notice that names the parameter and the value. */
export interface UrlProblem {
  param: string;
  value: string;
  /** Why it was ignored: an unknown or malformed value (the default), one too long, or a parameter given twice. */
  reason?: 'too-long' | 'repeated';
  /** For `proposed`: what was wrong with the entry, and its 1-based position. */
  proposal?: { code: ProposalProblemCode; entry: number };
}
