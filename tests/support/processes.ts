import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');

/** The built entry points, where `nx run-many -t build -p api worker demo` puts them. */
export const BUILT = {
  api: 'dist/apps/api/apps/api/src/main.js',
  worker: 'dist/apps/worker/apps/worker/src/main.js',
  demo: 'dist/apps/demo/apps/demo/src/main.js',
  migrate: 'dist/apps/api/apps/api/src/tools/migrate.js',
};

/** Fails early, with the command to run, when the apps have not been built. */
export function requireBuilt(...scripts: string[]): void {
  const missing = scripts.filter((script) => !existsSync(join(REPO_ROOT, script)));
  if (missing.length) {
    throw new Error(
      `${missing.join(', ')} missing; build first: npx nx run-many -t build -p api worker demo`,
    );
  }
}

/** Only what a process needs to run node; the test adds the variables under test. */
export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A built app running as its own process, its output collected line by line. */
export class AppProcess {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly name: string,
    script: string,
    args: string[],
    env: NodeJS.ProcessEnv,
  ) {
    this.child = spawn(process.execPath, [join(REPO_ROOT, script), ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.collect(this.child.stdout!, this.stdout);
    this.collect(this.child.stderr!, this.stderr);
    this.exited = new Promise((resolve) =>
      this.child.once('close', (code, signal) => resolve({ code, signal })),
    );
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Waits for the first stdout line matching `predicate`; fails if the process exits first. */
  async waitForLine(
    predicate: (line: string) => boolean,
    what: string,
    timeoutMs = 20_000,
  ): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.stdout.find(predicate);
      if (line) return line;
      if (!this.running) throw new Error(`${this.name} exited before ${what}\n${this.output()}`);
      if (Date.now() > deadline)
        throw new Error(`no ${what} within ${timeoutMs} ms\n${this.output()}`);
      await new Promise<void>((resolve) => {
        const done = () => {
          this.listeners.delete(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, 200);
        this.listeners.add(done);
      });
    }
  }

  /** Stdout parsed as JSON lines; throws naming the first line that is not JSON. */
  jsonLines(): Record<string, unknown>[] {
    return this.stdout.map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`${this.name} wrote a line that is not JSON: ${line}`);
      }
    });
  }

  /** Sends `signal` and resolves with the exit and how long it took; SIGKILL after `graceMs`. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<Exit & { ms: number }> {
    const started = Date.now();
    if (this.running) this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return { ...exit, ms: Date.now() - started };
  }

  output(): string {
    return [...this.stdout.slice(-30), ...this.stderr.slice(-30)].join('\n');
  }

  private collect(stream: NodeJS.ReadableStream, into: string[]): void {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      into.push(...lines.filter((line) => line.length > 0));
      for (const wake of [...this.listeners]) wake();
    });
    stream.on('end', () => {
      if (pending) into.push(pending);
    });
  }
}

/** Runs a built tool to completion. */
export async function runTool(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<Exit & { stdout: string; stderr: string }> {
  const proc = new AppProcess(script, script, args, env);
  const exit = await proc.exited;
  return { ...exit, stdout: proc.stdout.join('\n'), stderr: proc.stderr.join('\n') };
}

/** A port the OS reports free right now. */
export async function freePort(): Promise<number> {
  return (await freePorts(1))[0];
}

/**
 * `count` distinct free ports, all held open until every one is found: ports taken one at a
 * time can be the same one twice, as the system may hand a just-closed port out again.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  await Promise.all(
    servers.map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Polls `url` until it answers 200. */
export async function waitForHttp(url: string, watch: AppProcess[], timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = watch.find((proc) => !proc.running);
    if (dead) throw new Error(`${dead.name} exited before ${url} answered\n${dead.output()}`);
    const status = await fetch(url).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`${url} not ready within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
