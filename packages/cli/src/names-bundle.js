// @ts-check
// Plain JavaScript: the bin runs this before (and instead of) any TypeScript loader.
/**
 * `kinlink names …` without tsx: tsx's loader (a worker transpiling and resolving every module) costs more CPU than
 * a short names command. The bin runs instead an esbuild bundle of names-main.ts cached on disk: built on first use,
 * rebuilt when a source changed, told by the size and mtime of each input in a manifest beside the bundle.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const entry = path.join(here, 'names-main.ts');
const BUILT_FOR = JSON.stringify([root, entry, esbuildVersion()]);
const CHECKOUT = createHash('sha256').update(root).digest('hex').slice(0, 12);
// (settings that change the bundle without being among esbuild's inputs)
const SETTINGS = ['tsconfig.json', 'tsconfig.base.json', 'package.json', ...['cli', 'names'].map((p) => path.join('packages', p, 'package.json'))].map((f) => path.join(root, f));

function esbuildVersion() {
  try {
    return JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('esbuild/package.json'), 'utf8')).version;
  } catch {
    return 'none';
  }
}

/** @typedef {{ size: number, mtimeMs: number }} FileStat */

/**
 * Whether a manifest still describes what is on disk: it was built for this checkout (`builtFor`: its root, the entry
 * and the esbuild version) and lists files (the bundle, its sources, this builder, the TypeScript and package settings)
 * each with the size and mtime it has now.
 * @param {unknown} manifest
 * @param {(file: string) => FileStat | undefined} stat
 * @param {string} [builtFor]
 */
export function isFresh(manifest, stat, builtFor = BUILT_FOR) {
  const m = /** @type {{ inputs?: unknown, builtFor?: unknown } | null} */ (manifest);
  // (a cache copied with the repo, or shared through a linked node_modules, was built from another checkout's sources)
  if (m?.builtFor !== builtFor) return false;
  const inputs = m?.inputs;
  if (typeof inputs !== 'object' || inputs === null) return false;
  const files = Object.entries(inputs);
  return files.length > 0 && files.every(([file, was]) => {
    const now = stat(file);
    return now !== undefined && Array.isArray(was) && was[0] === now.size && was[1] === now.mtimeMs;
  });
}

/**
 * The `main` of the names bundle, built first when missing or stale; undefined when there is none to be had (the
 * caller then runs the sources through tsx). Never throws.
 * @param {string[]} dirs cache directories, tried in turn
 * @returns {Promise<((argv: string[]) => Promise<void>) | undefined>}
 */
export async function namesBundleMain(dirs = cacheDirs()) {
  for (const dir of dirs) {
    try {
      makeOwnDir(dir);
      // (named by the checkout: two checkouts that share a linked node_modules each keep their own)
      const bundle = path.join(dir, `names-${CHECKOUT}.mjs`);
      const manifest = path.join(dir, `names-${CHECKOUT}.json`);
      if (!isFresh(readJson(manifest), statOf)) await build(bundle, manifest);
      return (await import(pathToFileURL(bundle).href)).main;
    } catch {
      // not writable, esbuild missing or failing, a bundle that does not load: the next directory, then tsx
    }
  }
  return undefined;
}

function cacheDirs() {
  return [path.join(root, 'node_modules', '.cache', 'kinlink'), path.join(os.tmpdir(), `kinlink-${CHECKOUT}`)];
}

/**
 * @param {string} bundle
 * @param {string} manifest
 */
async function build(bundle, manifest) {
  const esbuild = await import('esbuild');
  const started = Date.now();
  const result = await esbuild
    .build({
      entryPoints: [entry],
      outfile: bundle,
      write: false,
      metafile: true,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // (no keepNames: it wraps every function made at run time, arrow functions in the engine's loops included, in a
      // call that named it — about 5% of the CPU of \`names compare\`; no code here reads a function's name)
      keepNames: false,
      logLevel: 'silent',
      absWorkingDir: root,
      plugins: [onlyKinlinkBundled],
    })
    .finally(() => esbuild.stop());
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild wrote no bundle');
  writeAtomically(bundle, output.contents);
  const sources = [...Object.keys(result.metafile.inputs).map((f) => path.resolve(root, f)), fileURLToPath(import.meta.url), ...SETTINGS.filter((f) => fs.existsSync(f))];
  /** @type {Record<string, [number, number]>} */
  const inputs = {};
  for (const file of [bundle, ...sources]) {
    const { size, mtimeMs } = fs.statSync(file);
    inputs[file] = [size, mtimeMs];
  }
  // a source edited while esbuild read it may be in the bundle in its old form: no manifest, so the next start rebuilds
  if (sources.some((f) => (inputs[f]?.[1] ?? Infinity) >= started)) return;
  writeAtomically(manifest, JSON.stringify({ builtFor: BUILT_FOR, inputs }));
}

/**
 * Other packages stay imports, resolved at run time as for the sources: from the cache under the repo's
 * node_modules, or from the temporary directory through its node_modules link.
 * @type {import('esbuild').Plugin}
 */
const onlyKinlinkBundled = {
  name: 'only-kinlink-bundled',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@kinlink/') ? undefined : { path: args.path, external: true }));
  },
};

/**
 * The cache directory, made when missing; trusted only when it is this user's and no one else may write to it (the
 * temporary directory is shared). Outside the repo it gets a link to the repo's node_modules for the bundle's imports.
 * @param {string} dir
 */
function makeOwnDir(dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // (lstat: a link planted at the predictable temporary path is refused, wherever it points)
  const stat = fs.lstatSync(dir);
  if (!stat.isDirectory()) throw new Error(`${dir} is not a directory`);
  const { uid, mode } = stat;
  if (process.getuid !== undefined && (uid !== process.getuid() || (mode & 0o022) !== 0)) throw new Error(`${dir} is not this user's own`);
  const modules = path.join(dir, 'node_modules');
  if (!dir.startsWith(path.join(root, 'node_modules')) && !fs.existsSync(modules)) {
    fs.symlinkSync(path.join(root, 'node_modules'), modules, 'junction');
  }
}

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** @param {string} file */
function statOf(file) {
  return fs.statSync(file, { throwIfNoEntry: false });
}

/**
 * @param {string} file
 * @param {string | Uint8Array} data
 */
function writeAtomically(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}
