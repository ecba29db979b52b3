import { addNamesCommand } from './commands/names';
import { createProgram, runProgram } from './program';

/** `kinlink names …` on its own: the entry of the bundle the bin starts these commands from (see names-bundle.js). */
export async function main(argv: string[]): Promise<void> {
  await runProgram(argv, () => createProgram([addNamesCommand]));
}
