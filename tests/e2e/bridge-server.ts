/**
 * The e2e harness: serves the built renderer (out/renderer) on 127.0.0.1 (random port) and
 * implements `window.jitkit` over a loopback bridge backed by the REAL services and a
 * temporary case store. Every API call needs the per-run random token.
 *
 *   npx tsx tests/e2e/bridge-server.ts        # prints the URL to open, Ctrl-C to stop
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { channels, type ChannelName, type Handle, type ProgressEvent } from '../../shared/ipc';
import { describeIssues } from '../../shared/case';
import { toErrorShape } from '../../shared/errors';
import { fail, ok, type Result } from '../../shared/result';
import { CaseStore } from '../../electron/services/store';
import { loadRulebook } from '../../electron/services/rulebook';
import { registerAllIpc } from '../../electron/services/register';
import { decodeBridge, encodeBridge } from './bridge-codec';

const ROOT = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
};

export type Bridge = { url: string; token: string; dataDir: string; close: () => Promise<void> };
type Impl = (args: unknown) => unknown;

/**
 * A pinned "today" for channels that accept one (checks, export, eligibility), so runs
 * against seeded fixtures give the same answers on any day; the UI never sends it.
 */
function withToday(channel: ChannelName, payload: unknown, today: string | undefined): unknown {
  const shape = (channels[channel].args as unknown as { shape?: Record<string, unknown> }).shape;
  if (!today || !shape || !('today' in shape) || typeof payload !== 'object' || payload === null) return payload;
  return 'today' in payload ? payload : { ...payload, today };
}

/** The same validation as electron/main/ipc.ts: zod-parse the payload, return a Result. */
function makeBridgeHandle(impls: Map<string, Impl>, today: string | undefined): Handle {
  return (channel, impl) => {
    impls.set(channel, async (payload: unknown) => {
      const parsed = channels[channel].args.safeParse(withToday(channel, payload ?? {}, today));
      if (!parsed.success) return fail({ code: 'INVALID_ARGS', message: describeIssues(parsed.error) });
      try {
        return ok(await impl(parsed.data as never));
      } catch (e) {
        return fail(toErrorShape(e));
      }
    });
  };
}

async function bundleClient(): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'bridge-client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export type BridgeOptions = { rendererDir?: string; dataDir?: string; today?: string };

export async function startBridge(options: BridgeOptions = {}): Promise<Bridge> {
  const rendererDir = resolve(options.rendererDir ?? join(ROOT, 'out/renderer'));
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error(`${rendererDir}/index.html missing: run npx electron-vite build first`);
  const ownsDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'jitkit-e2e-'));
  const token = randomBytes(24).toString('hex');
  const store = new CaseStore(dataDir);
  const clients = new Set<ServerResponse>();
  const impls = new Map<string, Impl>();
  const emitProgress = (event: ProgressEvent): void => {
    for (const c of clients) c.write(`data: ${JSON.stringify(event)}\n\n`);
  };
  registerAllIpc(makeBridgeHandle(impls, options.today), {
    store,
    rulebook: loadRulebook(),
    workDir: join(dataDir, 'work'),
    emitProgress,
  });
  const clientJs = await bundleClient();

  const server = createServer((req, res) => {
    void route(req, res).catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorised = req.headers['x-jitkit-token'] === token || url.searchParams.get('token') === token;
    if (url.pathname === '/__invoke' && req.method === 'POST') {
      if (!authorised) return void res.writeHead(403).end('bad token');
      const { channel, args } = decodeBridge(await readBody(req)) as { channel: string; args: unknown };
      const impl = impls.get(channel);
      const result: Result<unknown> = impl
        ? ((await impl(args)) as Result<unknown>)
        : fail({ code: 'UNKNOWN_CHANNEL', message: `no handler for ${channel}` });
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(encodeBridge(result));
    }
    if (url.pathname === '/__events') {
      if (!authorised) return void res.writeHead(403).end('bad token');
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname === '/__bridge.js') {
      if (!authorised) return void res.writeHead(403).end('bad token');
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return void res.end(clientJs);
    }
    serveStatic(url, authorised, res);
  }

  function serveStatic(url: URL, authorised: boolean, res: ServerResponse): void {
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(rendererDir, rel));
    if (!file.startsWith(rendererDir + sep) || !existsSync(file) || !statSync(file).isFile())
      return void res.writeHead(404).end('not found');
    if (rel === 'index.html') {
      if (!authorised) return void res.writeHead(403).end('open the URL printed by the bridge (it carries the token)');
      // After the CSP meta (so the policy governs it); a same-origin classic script runs
      // before the deferred module app, so window.jitkit exists when the app starts.
      const tag = `<script src="/__bridge.js?token=${token}"></script>`;
      const html = readFileSync(file, 'utf8').replace('</head>', `  ${tag}\n  </head>`);
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      return void res.end(html);
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  }

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    dataDir,
    close: () => closeBridge(server, clients, store, ownsDataDir ? dataDir : null),
  };
}

async function closeBridge(
  server: Server,
  clients: Set<ServerResponse>,
  store: CaseStore,
  removeDir: string | null,
): Promise<void> {
  for (const c of clients) c.end();
  await new Promise<void>((done) => server.close(() => done()));
  store.close();
  if (removeDir) rmSync(removeDir, { recursive: true, force: true });
}

// Run directly: start and print the URL (for manual testing in a browser).
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const bridge = await startBridge({ dataDir: process.env.JITKIT_DATA_DIR, today: process.env.JITKIT_TODAY });
  process.stdout.write(`${bridge.url}\n`);
  process.on('SIGINT', () => void bridge.close().then(() => process.exit(0)));
}
