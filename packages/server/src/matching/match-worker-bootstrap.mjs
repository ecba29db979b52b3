// The matching worker thread's entry. The sources are TypeScript run through tsx, and a worker thread does
// not inherit the loader its parent registered (neither `kinlink serve`'s tsx nor vitest's), so it
// registers tsx itself before loading the worker.
import { register } from 'tsx/esm/api';

register();
await import('./match-worker.ts');
