// What the CoP benchmarks share: load figures and the raw-SQL replay with pg.
import { readFileSync } from 'node:fs';
import type { Pool } from 'pg';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  /** Requests sent, including those still in flight when the measurement stopped. */
  sent?: number;
  /** Every latency (raw pg); autocannon reports its own percentiles instead. */
  latenciesMs: number[];
  p50?: number;
  p99?: number;
}

export interface AutocannonResult {
  requests: number;
  sent: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
}

export const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

/** The same statements, in the same order, straight through `pg` with the same pool size. */
export async function runRawSql(
  pool: Pool,
  statements: { query: string; parameters: unknown[] }[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let requests = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      requests += 1;
      const t0 = performance.now();
      try {
        for (const s of statements) await pool.query(s.query, s.parameters);
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return {
    requests,
    errors,
    seconds: (performance.now() - started) / 1000,
    latenciesMs: latencies,
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const figures = (r: LoadResult) => {
  const sorted = [...r.latenciesMs].sort((a, b) => a - b);
  return {
    rps: r.requests / r.seconds,
    p50: r.p50 ?? percentile(sorted, 50),
    p99: r.p99 ?? percentile(sorted, 99),
  };
};

/** Each statement alone on an idle pool: mean of 20 runs after one warm-up. */
export async function profile(
  pool: Pool,
  name: string,
  statements: { query: string; parameters: unknown[] }[],
): Promise<Record<string, string>[]> {
  const result: Record<string, string>[] = [];
  for (const s of statements) {
    await pool.query(s.query, s.parameters);
    const t0 = performance.now();
    for (let i = 0; i < 20; i += 1) await pool.query(s.query, s.parameters);
    result.push({
      query: name.split(':')[0],
      statement: s.query.replace(/\s+/g, ' ').slice(0, 90),
      'ms each': ((performance.now() - t0) / 20).toFixed(2),
    });
  }
  return result;
}

/** `--explain`: each statement of one request with its EXPLAIN ANALYZE plan. */
export async function explain(
  pool: Pool,
  name: string,
  statements: { query: string; parameters: unknown[] }[],
): Promise<void> {
  for (const s of statements) {
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${s.query}`,
      s.parameters,
    );
    console.log(`\n-- ${name}\n${s.query}\n-- ${JSON.stringify(s.parameters)}`);
    console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
  }
}

/**
 * CPU time of this process's main thread (where the API runs), in ms: user + system, from
 * /proc. Per request it is what caps throughput on a shared machine, and unlike req/s it
 * hardly moves when other work competes for the cores.
 */
export function mainThreadCpuMs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime is the 12th, stime the 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}
/** USER_HZ: 100 on every Linux architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
