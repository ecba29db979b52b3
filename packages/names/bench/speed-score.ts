/**
 * tsx packages/names/bench/speed-score.ts [pairs] — nameScore on random pairs of prepared names (the first
 * row of the speed table of run.ts, alone, for profiling with node --cpu-prof).
 */
import { nameScore, prepareName, type PreparedName } from '../src/index';
import { buildHeldOut, loadGroups, rng, zipfPicker } from './data';

const pairCount = Number(process.argv[2] ?? 1_000_000);
const random = rng(11);
const groups = loadGroups();
const held = buildHeldOut(groups);
const pick = zipfPicker([...new Set([...groups.flatMap((g) => g.variants), ...held.clusters.flatMap((c) => [c.arabic, ...c.variants])])].sort(() => random() - 0.5), random);
const pool: PreparedName[] = [];
for (let i = 0; i < Number(process.env.POOL ?? 50_000); i++) {
  const k = 2 + Math.floor(random() * 3);
  const parts: string[] = [];
  for (let j = 0; j < k; j++) parts.push(pick());
  pool.push(prepareName(parts.join(' ')));
}
const idx = new Uint32Array(pairCount * 2);
for (let i = 0; i < idx.length; i++) idx[i] = Math.floor(random() * pool.length);
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
let sink = 0;
for (let r = 0; r < 3; r++) {
  const c0 = cpu();
  for (let i = 0; i < pairCount; i++) sink += nameScore(pool[idx[2 * i]!]!, pool[idx[2 * i + 1]!]!);
  console.log(`run ${r}: ${Math.round(pairCount / (cpu() - c0)).toLocaleString('en')} /s CPU (checksum ${sink.toFixed(1)})`);
}
{
  const c0 = cpu();
  let t = 0;
  for (let i = 0; i < pairCount; i++) {
    const a = pool[idx[2 * i]!]! as unknown as { id0: number; id1: number };
    const b = pool[idx[2 * i + 1]!]! as unknown as { id0: number; id1: number };
    t += a.id0 + b.id1;
  }
  console.log(`only reading the two names: ${Math.round(pairCount / (cpu() - c0)).toLocaleString('en')} /s (${t})`);
}
