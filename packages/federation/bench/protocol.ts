import { MemoryReplayGuard, sealEnvelope, verifyEnvelope } from '../src/index';
import { testFederation } from '../src/testFederation';

/** Envelopes sealed (Ed25519 sign over canonical JSON) and verified (zod + signature + replay guard) per CPU-second. */
export function runProtocolBench(count = 3000): void {
  const fed = testFederation();
  const directory = fed.pinned();
  const body = { transferId: '7c1f0f5e-3c57-4c39-9a43-0e6a2f0d3b51', status: 'located', note: 'x'.repeat(200) };
  const cpu = (work: () => void): number => {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1e6;
  };
  const now = new Date();
  let envelopes: ReturnType<typeof sealEnvelope>[] = [];
  const sealSeconds = cpu(() => {
    envelopes = Array.from({ length: count }, () => sealEnvelope(fed.mkd, directory, { to: fed.srb.orgId, type: 'transfer.status', body }, now));
  });
  const guard = new MemoryReplayGuard();
  let accepted = 0;
  const verifySeconds = cpu(() => {
    for (const envelope of envelopes) if (verifyEnvelope(envelope, { self: fed.srb.orgId, directory, replayGuard: guard, now }).ok) accepted++;
  });
  if (accepted !== count) throw new Error(`only ${accepted} of ${count} envelopes verified`);
  console.log('\n| protocol step | per CPU-second |');
  console.log('|---|---:|');
  console.log(`| seal (canonical JSON + Ed25519 sign) | ${Math.round(count / sealSeconds).toLocaleString('en')} |`);
  console.log(`| verify (zod + directory + Ed25519 verify + replay guard) | ${Math.round(count / verifySeconds).toLocaleString('en')} |`);
}
