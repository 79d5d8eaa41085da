// Throwaway git repositories for the CI tests: a project with a base commit and a change.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Runs git in `dir` with a fixed identity and no user or system configuration; returns its output. */
export function git(dir, ...args) {
  return execFileSync('git', ['-c', 'user.name=ci test', '-c', 'user.email=ci@example.invalid', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  }).trim();
}

/** A fresh temporary folder. */
export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Rewrites a file of the repository through `edit`, failing when nothing changed. */
export function edit(dir, file, editText) {
  const p = path.join(dir, file);
  const before = fs.readFileSync(p, 'utf8');
  const after = editText(before);
  if (after === before) {
    throw new Error(`the edit of ${file} changed nothing`);
  }
  fs.writeFileSync(p, after);
}

/**
 * A repository holding a copy of `examples/` at `examples/` on `main` (pushed to a bare
 * `origin`), and a branch `change` with `change` applied and committed: a pull request.
 * Returns the work tree, the bare origin and the base commit.
 */
export function pullRequestRepository(examples, change) {
  const origin = tempDir('fabric-origin-');
  git(origin, 'init', '-q', '--bare');
  const work = tempDir('fabric-work-');
  git(work, 'init', '-q');
  fs.cpSync(examples, path.join(work, 'examples'), { recursive: true });
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', 'the examples');
  const base = git(work, 'rev-parse', 'HEAD');
  git(work, 'remote', 'add', 'origin', origin);
  git(work, 'push', '-q', 'origin', 'main');
  git(work, 'checkout', '-q', '-b', 'change');
  change(work);
  git(work, 'commit', '-q', '-am', 'the change');
  return { work, origin, base };
}
