import { readFileSync } from 'node:fs';
import { CLIError } from './cli-error.ts';

/** Reads a scenario JSON file; a missing file or invalid JSON fails naming the flag, the file (and position). */
export async function readScenarioFile(file: string, flag = '--scenario'): Promise<unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CLIError(
      `${flag} ${file}: no such file (or use the URL form, e.g. "a=geometric&w=governance:2")`,
      2,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CLIError(
      `${flag} ${file}: invalid JSON (${error instanceof Error ? error.message : String(error)})`,
      2,
    );
  }
}
