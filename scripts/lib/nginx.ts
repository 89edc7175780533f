/**
 * Runs Debian's nginx, unprivileged paths only, with the generated configuration
 * (dist-server/nginx/atlas-site.conf) serving a built site on 127.0.0.1: for the server tests and
 * `npm run preview:nginx`. Everything nginx writes (pid, logs, temp files) goes to a fresh folder
 * under the system temp directory, removed by stop().
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** nginx's binary; override with NGINX_PATH. */
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Debian's Brotli module (package libnginx-mod-http-brotli-static). */
export const BROTLI_STATIC_MODULE = '/usr/share/nginx/modules/ngx_http_brotli_static_module.so';
/** Debian's MIME types (package nginx-common). */
const MIME_TYPES = '/etc/nginx/mime.types';

/** A free TCP port on 127.0.0.1 (asked from the system, then released for nginx). */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx s’est arrêté (code ${child.exitCode}) :\n${log()}`);
    const open = await new Promise<boolean>((done) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        done(true);
      });
      socket.once('error', () => done(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx n’écoute pas sur le port ${port} après ${timeoutMs} ms :\n${log()}`);
}

export interface RunningNginx {
  url: string;
  /** The folder holding nginx.conf, the copied includes and the logs. */
  prefix: string;
  /** Stops nginx (TERM, then KILL) and removes its folder. Safe to call twice. */
  stop: () => Promise<void>;
}

/** The main configuration that wraps the generated include, as a Debian server block would. */
export function wrapperConfig(options: { prefix: string; port: number; root: string; asRoot: boolean }): string {
  const p = options.prefix;
  return `${options.asRoot ? 'user root;\n' : ''}load_module ${BROTLI_STATIC_MODULE};
worker_processes 1;
pid ${p}/nginx.pid;
error_log ${p}/error.log warn;
events { worker_connections 256; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    access_log ${p}/access.log;
    client_body_temp_path ${p}/tmp/body;
    proxy_temp_path ${p}/tmp/proxy;
    fastcgi_temp_path ${p}/tmp/fastcgi;
    uwsgi_temp_path ${p}/tmp/uwsgi;
    scgi_temp_path ${p}/tmp/scgi;
    sendfile on;
    server {
        listen 127.0.0.1:${options.port};
        server_name localhost;
        root ${options.root};
        include atlas/atlas-site.conf;
    }
}
`;
}

/** Checks that nginx and the Brotli module are installed; returns the French reason when not. */
export function nginxMissing(): string | null {
  if (!existsSync(NGINX_PATH)) return `nginx introuvable (${NGINX_PATH}) : installez le paquet Debian « nginx »`;
  if (!existsSync(BROTLI_STATIC_MODULE))
    return `module Brotli introuvable (${BROTLI_STATIC_MODULE}) : installez le paquet « libnginx-mod-http-brotli-static »`;
  return null;
}

/**
 * Starts nginx on a free port of 127.0.0.1 serving `root` with the configuration generated in
 * `serverDir` (dist-server/), in the foreground (`daemon off`), and waits until it listens.
 */
export async function startNginx(options: { root: string; serverDir: string; port?: number }): Promise<RunningNginx> {
  const missing = nginxMissing();
  if (missing) throw new Error(missing);
  if (!existsSync(join(options.serverDir, 'nginx/atlas-site.conf')))
    throw new Error(`${options.serverDir}/nginx/atlas-site.conf est absent : lancer \`npm run build\``);
  const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  mkdirSync(join(prefix, 'tmp'));
  cpSync(join(options.serverDir, 'nginx'), join(prefix, 'atlas'), { recursive: true });
  const port = options.port ?? (await freePort());
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, wrapperConfig({ prefix, port, root: options.root, asRoot: process.getuid?.() === 0 }));
  const args = ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log'), '-g', 'daemon off;'];
  const test = spawnSync(NGINX_PATH, [...args, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`configuration nginx refusée :\n${test.stderr}`);
  }
  const child = spawn(NGINX_PATH, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const log = () => {
    const file = join(prefix, 'error.log');
    return `${stderr}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`;
  };
  // Never leave nginx behind, even if the caller forgets or crashes.
  const kill = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', kill);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', kill);
    if (child.exitCode === null) {
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, prefix, stop };
}
