import { parentPort, workerData } from 'node:worker_threads';
import { MatchIndexHost } from './match-index-host';
import type { ReplyEnvelope, RequestEnvelope } from './match-protocol';
import type { MatchWorkerSettings } from './match-worker-client';
import { isInteractive, MatchWorkQueue } from './match-work-queue';

/** Entry of the matching worker thread (started through match-worker-bootstrap.mjs). */
if (!parentPort) throw new Error('match-worker runs only as a worker thread');
const port = parentPort;
const host = new MatchIndexHost();

const settings = (workerData ?? {}) as MatchWorkerSettings;
const queue = new MatchWorkQueue({ backgroundShare: settings.backgroundShare });
let scheduled = false;
let pacing: NodeJS.Timeout | undefined;

// One request per turn of the event loop: messages that arrived meanwhile are queued in between, so a
// search sent while a long background request runs is answered next, not after the whole backlog.
port.on('message', (envelope: RequestEnvelope) => {
  queue.push(envelope);
  schedule();
});

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(runNext);
}

function runNext(): void {
  scheduled = false;
  const next = queue.next();
  if (!next) {
    paceBackground();
    return;
  }
  const started = performance.now();
  const reply = answer(next);
  const ended = performance.now();
  const waitMs = next.sentAt === undefined ? 0 : Math.max(0, performance.timeOrigin + started - next.sentAt);
  port.postMessage({ ...reply, timing: { waitMs, runMs: ended - started } } satisfies ReplyEnvelope);
  if (!isInteractive(next)) queue.ranBackground(ended - started);
  if (queue.size > 0) schedule();
}

/** Background work is waiting its turn while searches come (see MatchWorkQueue): look again when it is due. */
function paceBackground(): void {
  const ms = queue.msUntilBackground();
  if (ms === Infinity || pacing) return;
  pacing = setTimeout(() => {
    pacing = undefined;
    schedule();
  }, Math.ceil(ms));
}

function answer({ id, request }: RequestEnvelope): ReplyEnvelope {
  try {
    return { id, ok: true, result: host.handle(request) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { id, ok: false, error: { name: e.name, message: e.message } };
  }
}
