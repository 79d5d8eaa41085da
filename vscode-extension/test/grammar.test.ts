// TextMate grammar tests, through the package.json contributions (as VS Code loads them):
// assertion files test/grammar/*.test.fabric, snapshots test/grammar/snap/*.fabric(.snap).
// To re-bless the snapshots after a deliberate grammar change: npm run test:grammar:update
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { EXTENSION_ROOT } from './support/paths';

const TOOLS = path.join(EXTENSION_ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist');

function run(tool: 'unit' | 'snapshot', file: string): void {
  const result = spawnSync(process.execPath, [path.join(TOOLS, `${tool}.js`), file], {
    cwd: EXTENSION_ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: 60000,
  });
  assert.equal(result.status, 0, `${tool} test of ${file} failed:\n${result.stdout}${result.stderr}`);
}

function files(dir: string, suffix: string): string[] {
  return fs
    .readdirSync(path.join(EXTENSION_ROOT, dir))
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => `${dir}/${f}`);
}

describe('grammar assertions', () => {
  const tests = files('test/grammar', '.test.fabric');
  it('has assertion files', () => assert.ok(tests.length >= 4));
  for (const file of tests) {
    it(file, () => run('unit', file));
  }
});

describe('grammar snapshots', () => {
  const cases = files('test/grammar/snap', '.fabric');
  it('has a snapshot for every case', () => {
    assert.ok(cases.length >= 10);
    for (const c of cases) {
      assert.ok(fs.existsSync(path.join(EXTENSION_ROOT, `${c}.snap`)), `${c}.snap exists (npm run test:grammar:update)`);
    }
  });
  for (const file of cases) {
    it(file, () => run('snapshot', file));
  }
});
