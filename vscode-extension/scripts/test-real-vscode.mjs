// Runs the extension's tests in a real VS Code (test/real/): the code-server build of VS Code
// from real-vscode/package-lock.json, and Debian's Chromium as the window, driven by
// playwright-core. Installs what is missing first:
//   - Debian packages (Chromium, and what code-server's native modules build with), through
//     ../scripts/require-debian-packages: installed when we are root, else skipped with one
//     line (or failed under CI=true);
//   - code-server, with `npm ci` in real-vscode/ when its lockfile or Node.js changed. The
//     install builds native modules (about a minute), so the result is also kept in
//     ~/.cache/fabric-lint/code-server/<lockfile and Node.js> and copied from there by
//     other checkouts on the same machine (CI's fresh clones).
// Then runs `node --test` on out/test/real/*.test.js (compiled by `npm run compile`).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const realVscode = path.join(root, 'real-vscode');
const logDir = path.join(root, 'target', 'real-vscode');
const what = 'VS Code tests (test/real)';

// chromium: the window; ripgrep: code-server's search binary (see seedRipgrep);
// libkrb5-dev, pkg-config, g++, make, python3: node-gyp builds of kerberos, node-pty, spdlog.
const DEBIAN_PACKAGES = ['chromium', 'fonts-dejavu-core', 'ripgrep', 'libkrb5-dev', 'pkg-config', 'g++', 'make', 'python3'];

// @vscode/ripgrep's postinstall downloads rg from GitHub unless this file is in its cache
// folder; the version is the one code-server 4.100.3's lockfile pins.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(0)} s`;
}

function requireDebianPackages() {
  const script = path.join(root, '..', 'scripts', 'require-debian-packages');
  const r = spawnSync('sh', [script, what, ...DEBIAN_PACKAGES], { stdio: 'inherit' });
  if (r.status === 3) {
    process.exit(0); // skipped; the script said what to install
  }
  if (r.status !== 0) {
    process.exit(1);
  }
}

/** A tarball of Debian's rg where @vscode/ripgrep looks for its download. */
function seedRipgrep(tmp) {
  const cache = path.join(tmp, RIPGREP_CACHE);
  fs.mkdirSync(cache, { recursive: true });
  const r = spawnSync('tar', ['-czf', path.join(cache, RIPGREP_ASSET), '-C', '/usr/bin', 'rg'], { stdio: 'inherit' });
  if (r.status !== 0) {
    throw new Error('could not pack /usr/bin/rg for @vscode/ripgrep');
  }
}

/** `cp -a`: node_modules holds symbolic links that must stay links. */
function copyTree(from, to) {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const r = spawnSync('cp', ['-a', from, to], { stdio: 'inherit' });
  return r.status === 0;
}

function installCodeServer() {
  const lock = fs.readFileSync(path.join(realVscode, 'package-lock.json'));
  const key = createHash('sha256').update(lock).update(process.version).digest('hex').slice(0, 16);
  const stamp = `${key}\n`;
  const modules = path.join(realVscode, 'node_modules');
  const stampFile = path.join(modules, '.fabric-lint-installed');
  const bin = path.join(modules, '.bin', 'code-server');
  if (fs.existsSync(bin) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
    return;
  }
  const cacheRoot = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'fabric-lint', 'code-server');
  const cached = path.join(cacheRoot, key);
  if (fs.existsSync(path.join(cached, '.bin', 'code-server')) && copyTree(cached, modules)) {
    fs.writeFileSync(stampFile, stamp);
    console.log(`${what}: code-server from ${cached}`);
    return;
  }
  const started = Date.now();
  console.log(`${what}: installing code-server (npm ci in real-vscode/, about a minute) ...`);
  fs.mkdirSync(logDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-real-vscode-'));
  try {
    seedRipgrep(tmp);
    const log = path.join(logDir, 'npm-ci.log');
    const out = fs.openSync(log, 'w');
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: realVscode,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        // `npm run` passes the extension's own .npmrc on (ignore-scripts=true); code-server
        // needs its install scripts: its postinstall installs VS Code and builds its modules.
        npm_config_ignore_scripts: 'false',
        TMPDIR: tmp,
        // code-server's postinstall refuses to run as root without it, and runs npm install
        // in lib/vscode, whose node-pty step asks before it runs npx.
        npm_config_unsafe_perm: 'true',
        npm_config_yes: 'true',
        // node-gyp: compile the native modules on every core
        JOBS: 'max',
      },
    });
    fs.closeSync(out);
    if (r.status !== 0) {
      const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
      console.error(`${tail}\n${what}: FAILED: npm ci in real-vscode/ failed (full log: ${log})`);
      process.exit(1);
    }
    fs.writeFileSync(stampFile, stamp);
    console.log(`${what}: code-server installed in ${seconds(started)}`);
    // Keep this build for other checkouts; one build (the current lockfile's) is enough.
    fs.rmSync(cacheRoot, { recursive: true, force: true });
    if (copyTree(modules, `${cached}.partial`)) {
      fs.renameSync(`${cached}.partial`, cached);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

requireDebianPackages();
installCodeServer();
const tests = fs
  .readdirSync(path.join(root, 'out', 'test', 'real'))
  .filter((f) => f.endsWith('.test.js'))
  .map((f) => path.join('out', 'test', 'real', f));
const started = Date.now();
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...tests], { cwd: root, stdio: 'inherit' });
console.log(`${what}: ran in ${seconds(started)}`);
process.exit(r.status ?? 1);
