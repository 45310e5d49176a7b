// Serves a built site through a real nginx, configured from deploy/nginx.conf: the test fills in its
// placeholders and wraps it in the smallest main configuration (pid, logs and temporary files in a
// folder of its own under .test-builds/), so nginx runs as the current user on 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedPolicy } from '../../scripts/write-headers.mjs';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const nginxMissing = existsSync(nginxPath) ? '' : `nginx not found at ${nginxPath}: apt-get install -y nginx (or set NGINX_PATH)`;
const templatePath = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

/** Fills in deploy/nginx.conf's placeholders; throws if one is left, so a new one cannot go unnoticed. */
export function siteConfig(values) {
  const text = readFileSync(templatePath, 'utf8').replace(/@([A-Z_]+)@/g, (whole, name) => values[name] ?? whole);
  // Only lines that are not comments: the comments show the placeholders by name.
  const left = text.split('\n').filter((line) => !line.trim().startsWith('#') && /@[A-Z_]+@/.test(line));
  if (left.length) throw new Error(`deploy/nginx.conf placeholders without a value: ${left.join(' | ')}`);
  return text;
}

/**
 * Starts nginx for the build in `root`, mounted at `base`, sending `policy` as the CSP header.
 * Resolves to { origin, url, close, errorLog }.
 */
export async function startNginx({ root, base = '/', policy }) {
  mkdirSync('.test-builds', { recursive: true });
  const directory = resolve(mkdtempSync(join('.test-builds', 'nginx-')));
  for (const folder of ['logs', 'temp']) mkdirSync(join(directory, folder));
  // A sub-path build sits at <document root><base>, as deploy/nginx.conf asks of a real server.
  const documentRoot = base === '/' ? resolve(root) : join(directory, 'www');
  if (base !== '/') {
    const mountPoint = join(documentRoot, base);
    mkdirSync(dirname(mountPoint), { recursive: true });
    symlinkSync(resolve(root), mountPoint.replace(/\/$/, ''));
  }
  let lastError;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const site = siteConfig({ LISTEN: `127.0.0.1:${port}`, SERVER_NAME: 'localhost', DOCUMENT_ROOT: documentRoot, BASE: base, CONTENT_SECURITY_POLICY: policy, EMBED_CONTENT_SECURITY_POLICY: embedPolicy(policy) });
    writeFileSync(join(directory, 'site.conf'), site);
    writeFileSync(join(directory, 'nginx.conf'), mainConfig(directory));
    try {
      return await launch(directory, port, base);
    } catch (error) {
      lastError = error;
      // Another process took the port between freePort() and nginx's bind: try another one.
      if (!/Address already in use/.test(String(error))) break;
    }
  }
  throw lastError;
}

function mainConfig(directory) {
  const temp = (name) => join(directory, 'temp', name);
  return [
    // A master started as root would hand requests to workers running as "nobody"; keep the test's own user.
    process.getuid?.() === 0 ? 'user root root;' : '',
    'worker_processes 1;',
    `pid ${join(directory, 'nginx.pid')};`,
    `error_log ${join(directory, 'logs', 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${join(directory, 'logs', 'access.log')};`,
    // Debian's built-in temporary paths are under /var/lib/nginx, which only root may write.
    `  client_body_temp_path ${temp('client_body')};`,
    `  proxy_temp_path ${temp('proxy')};`,
    `  fastcgi_temp_path ${temp('fastcgi')};`,
    `  uwsgi_temp_path ${temp('uwsgi')};`,
    `  scgi_temp_path ${temp('scgi')};`,
    `  include ${join(directory, 'site.conf')};`,
    '}',
    '',
  ].join('\n');
}

async function launch(directory, port, base) {
  const child = spawn(nginxPath, ['-p', directory, '-c', join(directory, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const errorLog = join(directory, 'logs', 'error.log');
  const failure = (reason) => new Error(`nginx ${reason}.\n${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const state = await Promise.race([exited.then((code) => ({ code })), delay(100).then(() => undefined)]);
    if (state) throw failure(`exited with code ${state.code} before serving`);
    if (await fetch(`${origin}${base}`, { redirect: 'manual' }).then(() => true, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw failure('did not answer within 15 s');
    }
  }
  return {
    origin,
    url: `${origin}${base}`,
    errorLog,
    close: async () => {
      // SIGQUIT: graceful shutdown; the master stops its worker and removes its pid file.
      child.kill('SIGQUIT');
      const code = await Promise.race([exited, delay(10_000).then(() => 'timeout')]);
      if (code === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const delay = (milliseconds) => new Promise((resolveDelay) => setTimeout(resolveDelay, milliseconds));
