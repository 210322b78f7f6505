// What the Opsgenie and override-export tools return instead of printing, so that tests and the
// benchmark can run them in-process; the entry points in scripts/ print it and set the exit code.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliOutcome {
  code: number;
  out: string[];
  err: string[];
  /** A file to write instead of printing `out` (export:overrides --out). */
  file?: { path: string; text: string };
}

/** The parsed command line, or exit 2 with the reason and the usage when it cannot be read. */
export function readFlags<const T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> | CliOutcome {
  try {
    return parseArgs(config);
  } catch (error) {
    return { code: 2, out: [], err: [error instanceof Error ? error.message : String(error), usage] };
  }
}

export const isOutcome = (value: object): value is CliOutcome => 'code' in value && 'err' in value;
