#!/usr/bin/env node
// better-sqlite3 built for Electron's ABI does not load in Node and vice versa. `npm test`
// calls this with "node" and `npm start` with "electron"; each rebuilds only when the
// compiled module was built for the other runtime (a marker file records which).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const target = process.argv[2];
const require = createRequire(import.meta.url);
const marker = 'node_modules/better-sqlite3/build/Release/.jitkit-runtime';
const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : null;

function loadsInNode() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

if (target === 'node') {
  const want = `node-${process.versions.modules}`;
  if (current === want || (current === null && loadsInNode())) {
    writeFileSync(marker, want);
    process.exit(0);
  }
  console.error('[ensure-native] rebuilding better-sqlite3 for Node…');
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
  writeFileSync(marker, want);
} else if (target === 'electron') {
  let version;
  try {
    version = require('electron/package.json').version;
    const binary = require('electron');
    if (typeof binary !== 'string' || !existsSync(binary)) throw new Error('no binary');
  } catch {
    console.error(
      '[ensure-native] The Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD?). Run `npm rebuild electron` with network access to the Electron mirror, or use the `jitkit` CLI.',
    );
    process.exit(1);
  }
  const want = `electron-${version}`;
  if (current === want) process.exit(0);
  console.error(`[ensure-native] rebuilding native modules for Electron ${version}…`);
  execSync('npx electron-builder install-app-deps', { stdio: 'inherit' });
  writeFileSync(marker, want);
} else {
  console.error('usage: ensure-native.mjs node|electron');
  process.exit(2);
}
