import { parentPort } from 'node:worker_threads';
import { MatchIndexHost } from './match-index-host';
import type { ReplyEnvelope, RequestEnvelope } from './match-protocol';

/** Entry of the matching worker thread (started through match-worker-bootstrap.mjs). */
if (!parentPort) throw new Error('match-worker runs only as a worker thread');
const port = parentPort;
const host = new MatchIndexHost();

port.on('message', ({ id, request }: RequestEnvelope) => {
  let reply: ReplyEnvelope;
  try {
    reply = { id, ok: true, result: host.handle(request) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id, ok: false, error: { name: e.name, message: e.message } };
  }
  port.postMessage(reply);
});
