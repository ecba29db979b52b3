#!/usr/bin/env node
// Runs the TypeScript sources directly: no build step between `npm install` and `npx kinlink`.
// `kinlink names …` starts faster from a bundle cached on disk (see ../src/names-bundle.js); tsx when there is none.
import { namesBundleMain } from '../src/names-bundle.js';

const main = (process.argv[2] === 'names' && (await namesBundleMain())) || (await mainThroughTsx());
await main(process.argv);

async function mainThroughTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../src/main.ts')).main;
}
