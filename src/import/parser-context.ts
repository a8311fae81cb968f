import type { ImportFileResult, ImportOptions, UtmCrs } from './types';

/** What every parser gets: the file's name (as reported), its bytes, the options and a progress callback (0–1). */
export interface ParserContext {
  file: string;
  bytes: Uint8Array;
  options: ImportOptions;
  onProgress: (fraction: number) => void;
}

export type Parser = (context: ParserContext) => ImportFileResult | Promise<ImportFileResult>;

/** The user's zone for this file, if they answered an `ask-crs` question (own property only: names are data). */
export const chosenCrs = (context: ParserContext): UtmCrs | undefined => {
  const choices = context.options.crsByFile;
  return choices && Object.hasOwn(choices, context.file) ? choices[context.file] : undefined;
};
