// The hooks of .pre-commit-hooks.yaml, run by a real pre-commit (Debian's package) with
// `pre-commit try-repo` in a repository holding a clean, an unformatted and a broken design.
// The hooks run this repository's ./fabric launcher; FABRIC_JAR points it at the jar the
// build made, so no second build happens inside pre-commit's cache.
// Debian's pre-commit is installed by scripts/require-debian-packages when missing (as root;
// elsewhere this test is skipped with one line, and under CI=true it fails).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { run } from './support/actions-runner.mjs';
import { git, tempDir } from './support/git-repo.mjs';
import { JAR, ROOT } from './support/paths.mjs';

const CLEAN = `tier gpu {
  count 4
  power 1kW
  port nic: 2 x OSFP 400G
}

tier leaf {
  count 1
  power 1kW
  port down: 8 x OSFP 400G
}

link gpu.nic -> leaf.down {
  module OSFP-400G-DR4
  fiber OS2
  length 30m
}
`;
const MESSY = CLEAN.replace(/^ {2}/gm, '    ').replace('tier leaf {', 'tier leaf    {');
// OM4 under a single-mode module: FAB102.
const BROKEN = CLEAN.replace('fiber OS2', 'fiber OM4');

describe('the pre-commit hooks, run by pre-commit', () => {
  let repo;
  let missing = '';

  before(() => {
    const r = spawnSync(path.join(ROOT, 'scripts', 'require-debian-packages'), ['the pre-commit hook test', 'pre-commit'], {
      encoding: 'utf8',
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    if (r.status === 3) {
      missing = r.stderr.trim();
      return;
    }
    assert.equal(r.status, 0, r.stderr);
    repo = tempDir('fabric-hooks-');
    git(repo, 'init', '-q');
    fs.writeFileSync(path.join(repo, 'clean.fabric'), CLEAN);
    fs.writeFileSync(path.join(repo, 'messy.fabric'), MESSY);
    fs.writeFileSync(path.join(repo, 'broken.fabric'), BROKEN);
    git(repo, 'add', '-A');
  });

  /** `pre-commit try-repo <this repository> HOOK --files FILE...` in the test repository. */
  async function tryHook(hook, ...files) {
    const home = tempDir('fabric-pre-commit-home-');
    try {
      return await run('pre-commit', ['try-repo', ROOT, hook, '--color', 'never', '--files', ...files], {
        cwd: repo,
        env: { ...process.env, PRE_COMMIT_HOME: home, FABRIC_JAR: JAR, GIT_CONFIG_NOSYSTEM: '1' },
      });
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  }

  it('fabric-lint fails the commit on lint errors, naming them, and passes a clean file', async (t) => {
    if (missing) {
      return t.skip(missing);
    }
    const broken = await tryHook('fabric-lint', 'broken.fabric', 'clean.fabric');
    assert.equal(broken.status, 1, broken.stdout + broken.stderr);
    assert.match(broken.stdout, /broken\.fabric:\d+:\d+: error FAB102 /);
    const clean = await tryHook('fabric-lint', 'clean.fabric');
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  });

  it('fabric-fmt-check fails on an unformatted file without touching it', async (t) => {
    if (missing) {
      return t.skip(missing);
    }
    const r = await tryHook('fabric-fmt-check', 'messy.fabric', 'clean.fabric');
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /messy\.fabric/);
    assert.doesNotMatch(r.stdout, /clean\.fabric/);
    assert.equal(fs.readFileSync(path.join(repo, 'messy.fabric'), 'utf8'), MESSY);
  });

  it('fabric-fmt rewrites an unformatted file, and the commit fails until it is added', async (t) => {
    if (missing) {
      return t.skip(missing);
    }
    const r = await tryHook('fabric-fmt', 'messy.fabric');
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /files were modified by this hook/);
    assert.equal(fs.readFileSync(path.join(repo, 'messy.fabric'), 'utf8'), CLEAN);
  });
});
