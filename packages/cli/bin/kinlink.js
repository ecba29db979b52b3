#!/usr/bin/env node
// Runs the TypeScript sources directly: no build step between `npm install` and `npx kinlink`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
await main(process.argv);
