// A small static file server for tests and local checks: serves a built site under a base path the
// way a CDN does (directory index, 404.html for unknown paths), on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** Starts a server for `root` mounted at `base` ("/" or "/sub/path/"); resolves to { url, close }. */
export async function serve(root, base = '/') {
  const mount = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    // Like a CDN: text is gzipped, hashed assets are cached for a year, everything else revalidates.
    const send = async (file, status = 200) => {
      let body = await readFile(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      const headers = {
        'Content-Type': type,
        'Cache-Control': pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      };
      if (/text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      response.writeHead(status, headers);
      response.end(body);
    };
    const notFound = () => send(join(root, '404.html'), 404).catch(() => { response.writeHead(404); response.end('not found'); });
    if (!pathname.startsWith(mount)) return notFound();
    const relative = normalize(pathname.slice(mount.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relative);
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { Location: `${pathname}/` });
          return response.end();
        }
        file = join(file, 'index.html');
      }
      await send(file);
    } catch {
      await notFound();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', base = '/'] = process.argv.slice(2);
  const { url } = await serve(root, base);
  console.log(`Serving ${root} at ${url}`);
}
