import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const webRoot = path.resolve(here, '../..');
export const repoRoot = path.resolve(webRoot, '../..');
export const distDir = path.join(webRoot, 'dist');
export const cliBin = path.join(repoRoot, 'packages/cli/bin/kinlink.js');
/** Screenshots and other artefacts a person looks at after a run (gitignored). */
export const resultsDir = path.join(repoRoot, 'test-results', 'web');
