import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (…/packages/cli/src/runtime → four levels up). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export const webPackageDir = path.join(repoRoot, 'packages', 'web');
export const webDistDir = path.join(webPackageDir, 'dist');
