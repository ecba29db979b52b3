import { readFileSync, readdirSync } from 'node:fs';
import pg from 'pg';

/** Linux USER_HZ: /proc reports CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  /** user + system CPU ms of the process (all its threads) */
  cpuMs: number;
}

function procStat(pid: string): ProcStat | undefined {
  try {
    // The fields after the command name (which may hold spaces): state is field 3, ppid 4, utime 14, stime 15.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return { ppid: Number(fields[1]), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND };
  } catch {
    return undefined; // gone meanwhile
  }
}

/** CPU ms so far of a process and all its descendants (a `kinlink serve` and its workers; a postmaster and its backends). */
export function treeCpuMs(rootPid: number): number {
  const stats = new Map<number, ProcStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = procStat(name);
    if (stat) stats.set(Number(name), stat);
  }
  const children = new Map<number, number[]>();
  for (const [pid, stat] of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  let total = 0;
  for (const queue = [rootPid]; queue.length > 0; ) {
    const pid = queue.pop()!;
    total += stats.get(pid)?.cpuMs ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** The PostgreSQL server's postmaster, found as the parent of a backend of this URL's connection. */
export async function postmasterPid(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    const backend = procStat(String(rows[0]!.pid));
    if (!backend) throw new Error('cannot read the PostgreSQL backend in /proc (is the server on another machine?)');
    return backend.ppid;
  } finally {
    await client.end();
  }
}

/** CPU ms so far of the whole machine, busy and idle (from /proc/stat), to tell how busy it was meanwhile. */
export function machineCpuMs(): { busy: number; idle: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0); // idle + iowait
  const all = cpu.reduce((sum, ticks) => sum + ticks, 0);
  return { busy: ((all - idle) * 1000) / TICKS_PER_SECOND, idle: (idle * 1000) / TICKS_PER_SECOND };
}
