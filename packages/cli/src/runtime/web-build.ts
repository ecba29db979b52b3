import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCE_ENTRIES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (child === 'node_modules' || child === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export type WebBuildState =
  | { kind: 'no-build-script' }
  | { kind: 'missing' }
  | { kind: 'stale' }
  | { kind: 'fresh' };

/** Whether the web app must be (re)built: dist missing, or older than any of its sources. */
export function webBuildState(webPackageDir: string): WebBuildState {
  const pkgPath = path.join(webPackageDir, 'package.json');
  let scripts: Record<string, string> = {};
  try {
    scripts = (JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  } catch {
    return { kind: 'no-build-script' };
  }
  if (!scripts.build) return { kind: 'no-build-script' };
  const builtIndex = path.join(webPackageDir, 'dist', 'index.html');
  if (!fs.existsSync(builtIndex)) return { kind: 'missing' };
  const built = fs.statSync(builtIndex).mtimeMs;
  const sources = Math.max(...SOURCE_ENTRIES.map((e) => newestMtime(path.join(webPackageDir, e))));
  return sources > built ? { kind: 'stale' } : { kind: 'fresh' };
}

/** Runs the web package's build (Vite) with its output shown; resolves true when it succeeded. */
export function buildWebApp(repoRoot: string): Promise<boolean> {
  return new Promise((resolve) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', 'build', '-w', '@kinlink/web'], { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}
