import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Splits a stream into lines and writes each with a prefix; keeps the last lines for errors. */
export class LinePrefixer {
  private pending = '';
  readonly tail: string[] = [];

  constructor(
    private readonly prefix: string,
    private readonly write: (line: string) => void,
    private readonly keep = 40,
  ) {}

  push(chunk: string): void {
    const lines = (this.pending + chunk).split(/\r?\n/);
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.emit(line);
  }

  flush(): void {
    if (this.pending) this.emit(this.pending);
    this.pending = '';
  }

  private emit(line: string): void {
    this.write(`${this.prefix} ${line}\n`);
    this.tail.push(line);
    if (this.tail.length > this.keep) this.tail.shift();
  }
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  exited: Promise<Exit>;
  /** The last lines of stdout and stderr. */
  tail(): string[];
}

export interface StartOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Every line goes here; the terminal then gets only what `onTerminal` lets through. */
  logFile?: string;
}

const LOUD_LEVELS = new Set(['warn', 'error', 'fatal', 40, 50, 60]);

/**
 * Whether a line from a service belongs on the demo's terminal when its full output goes to a
 * log file: JSON log lines at warn or above, and anything on stderr that is not a JSON log line.
 */
export function isLoud(line: string, stream: 'stdout' | 'stderr'): boolean {
  if (!line.trim()) return false;
  try {
    const parsed = JSON.parse(line) as { level?: string | number };
    return LOUD_LEVELS.has(parsed.level as string);
  } catch {
    return stream === 'stderr';
  }
}

/** Runs `node <script> ...args` with its output prefixed by `[name]`. */
export function startNodeProcess(
  name: string,
  script: string,
  args: string[],
  opts: StartOptions,
): ServiceProcess {
  const child = spawn(process.execPath, [script, ...args], {
    env: opts.env,
    cwd: opts.cwd,
    // stdin is a lifeline: when the launcher dies, even by SIGKILL, it closes and the service
    // stops (LEERHUIS_STOP_WITH_STDIN).
    stdio: ['pipe', 'pipe', 'pipe'],
    // Own process group: Ctrl+C reaches only the launcher, which then stops everything in
    // order (API and worker before the database they use).
    detached: true,
  });
  let file: ReturnType<typeof createWriteStream> | undefined;
  if (opts.logFile) {
    mkdirSync(dirname(opts.logFile), { recursive: true });
    file = createWriteStream(opts.logFile, { flags: 'a' });
  }
  const sink = (stream: 'stdout' | 'stderr') => (line: string) => {
    if (file) {
      file.write(line.slice(name.length + 3));
      if (!isLoud(line.slice(name.length + 3), stream)) return;
    }
    (stream === 'stdout' ? process.stdout : process.stderr).write(line);
  };
  const out = new LinePrefixer(`[${name}]`, sink('stdout'));
  const err = new LinePrefixer(`[${name}]`, sink('stderr'));
  child.stdout?.setEncoding('utf8').on('data', (c: string) => out.push(c));
  child.stderr?.setEncoding('utf8').on('data', (c: string) => err.push(c));
  const exited = new Promise<Exit>((resolve) => {
    child.once('error', (error) => {
      err.push(`${error.message}\n`);
      resolve({ code: -1, signal: null });
    });
    child.once('close', (code, signal) => {
      out.flush();
      err.flush();
      file?.end();
      resolve({ code, signal });
    });
  });
  return { name, child, exited, tail: () => [...out.tail, ...err.tail] };
}

export function describeExit({ code, signal }: Exit): string {
  return signal ? `signal ${signal}` : `code ${code}`;
}

/** Waits for a one-off tool and resolves only when it exits 0. */
export async function expectSuccess(proc: ServiceProcess): Promise<void> {
  const exit = await proc.exited;
  if (exit.code !== 0) {
    throw new Error(
      `${proc.name} failed (${describeExit(exit)}). Its last output:\n${indent(proc.tail())}`,
    );
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
export async function stopProcess(proc: ServiceProcess, graceMs = 10_000): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(timer);
}

/**
 * Polls `url` until it answers 200. Rejects on timeout, or as soon as one of `watch` exits,
 * with that process's last output.
 */
export async function waitForReady(
  url: string,
  watch: ServiceProcess[],
  timeoutMs = 60_000,
): Promise<void> {
  let died: { proc: ServiceProcess; exit: Exit } | undefined;
  for (const proc of watch) void proc.exited.then((exit) => (died ??= { proc, exit }));
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (died) {
      throw new Error(
        `${died.proc.name} exited (${describeExit(died.exit)}) before ${url} was ready. Its last output:\n${indent(died.proc.tail())}`,
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
      lastProblem = `HTTP ${res.status}: ${(await res.text()).slice(0, 500)}`;
    } catch (error) {
      lastProblem = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s (last: ${lastProblem})`);
}

function indent(lines: string[]): string {
  return lines.length ? lines.map((l) => `    ${l}`).join('\n') : '    (no output)';
}
