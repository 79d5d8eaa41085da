// docs/ci/github-actions.yml and the action it uses (action.yml at the repository's root), run
// here step by step on a repository of two commits: the examples on `main`, and a pull request
// that lowers a rack budget in an imported file. The comment goes to a recording stand-in for
// GitHub's API (support/fake-api.mjs); GitHub's own actions (checkout, setup-java, cache,
// upload-sarif) do not run here, and the test names them.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { JobRun } from './support/actions-runner.mjs';
import { startFakeApi } from './support/fake-api.mjs';
import { edit, git, pullRequestRepository } from './support/git-repo.mjs';
import { EXAMPLES, ROOT } from './support/paths.mjs';

const WORKFLOW = path.join(ROOT, 'docs', 'ci', 'github-actions.yml');
const MARKER = '<!-- fabric-lint-diff -->';
const ACTIONS = { 'fabric-lint/fabric-lint': ROOT, '.': ROOT };

/** Lowers the site's compute-rack budget from 32 kW to 25 kW: one rack then draws 25.7 kW. */
function lowerBudget(work) {
  edit(work, 'examples/site/racks.fabric', (t) => t.replace('power 32kW', 'power 25kW'));
}

describe('the GitHub Actions job of docs/ci, with the action, on a pull request', () => {
  let api;
  let repo;
  const runs = [];

  before(async () => {
    api = await startFakeApi();
    repo = pullRequestRepository(EXAMPLES, lowerBudget);
    // actions/checkout leaves only the commit under test: the action must fetch the base itself.
    git(repo.work, 'update-ref', '-d', 'refs/remotes/origin/main');
  });

  after(async () => {
    await api.close();
    runs.forEach((r) => r.dispose());
  });

  function pullRequestRun() {
    const run = new JobRun({
      workspace: repo.work,
      eventName: 'pull_request',
      event: { pull_request: { number: 7, base: { ref: 'main' } } },
      baseRef: 'main',
      apiUrl: api.url,
      actions: ACTIONS,
    });
    runs.push(run);
    return run;
  }

  it('fails on the error the pull request adds, and says so in the summary and a comment', async () => {
    const run = pullRequestRun();
    const ok = await run.runWorkflowJob(WORKFLOW, 'fabric');
    assert.equal(ok, false, `fail-on: new-errors, and the pull request adds FAB401:\n${run.log()}`);
    assert.deepEqual(
      run.steps.filter((s) => !s.ran).map((s) => s.uses),
      ['actions/checkout@v4', 'actions/setup-java@v4', 'actions/cache@v4', 'github/codeql-action/upload-sarif@v3'],
      'GitHub\'s own actions are the only steps not run here'
    );
    const summary = run.stepSummary();
    assert.ok(summary.startsWith(MARKER), summary);
    // Both designs of the workflow's `diff:` are compared; only the site changed.
    assert.match(summary, /\*\*Fabric diff: `origin\/main:examples\/three-tier-clos\.fabric` → `examples\/three-tier-clos\.fabric`\*\*: no change/);
    assert.match(summary, /## Fabric diff: `origin\/main:examples\/site\/main\.fabric` → `examples\/site\/main\.fabric`/);
    assert.match(summary, /\| compute \| 25\.7 kW \| 0 \| 32\.0 kW → 25\.0 kW \| 80\.5% → 103\.0% \| now over budget \|/);
    assert.match(summary, /\| error \| `FAB401` \|/);
    // The lint step annotates (workflow commands) and writes SARIF for code scanning.
    const lint = run.steps.find((s) => s.name === 'Lint');
    assert.match(lint.output, /^::error file=examples\/site\/racks\.fabric,line=\d+/m);
    assert.equal(JSON.parse(fs.readFileSync(path.join(run.temp, 'fabric-lint.sarif'), 'utf8')).version, '2.1.0');
    assert.equal(run.outputs['new-errors'], 'true');
    // One comment, the summary's text, on pull request 7.
    const posts = api.requests.filter((r) => r.method === 'POST');
    assert.equal(posts.length, 1);
    assert.equal(posts[0].path, '/repos/octo/fabric/issues/7/comments');
    assert.equal(posts[0].headers.authorization, 'Bearer test-token');
    assert.equal(JSON.parse(posts[0].body).body, summary);
  });

  it('updates its comment on the next push instead of adding one, and passes once the error is fixed', async () => {
    edit(repo.work, 'examples/site/racks.fabric', (t) => t.replace('power 25kW', 'power 32kW'));
    edit(repo.work, 'examples/site/main.fabric', (t) => t.replace('pue 1.35', 'pue 1.3'));
    git(repo.work, 'commit', '-q', '-am', 'keep the budget; new chillers');
    const run = pullRequestRun();
    assert.equal(await run.runWorkflowJob(WORKFLOW, 'fabric'), true, run.log());
    assert.equal(api.requests.filter((r) => r.method === 'POST').length, 1, 'no second comment');
    const patch = api.requests.filter((r) => r.method === 'PATCH');
    assert.equal(patch.length, 1);
    assert.equal(patch[0].path, '/repos/octo/fabric/issues/comments/100');
    const [comment] = api.comments.get('7');
    assert.equal(comment.body, run.stepSummary());
    assert.match(comment.body, /facility power -21\.3 kW \(-3\.7%\)/);
    assert.doesNotMatch(comment.body, /FAB401/);
  });
});

describe('the action on a push, with annotations only', () => {
  it('lints without comparing, and fails on lint errors with fail-on: error', async () => {
    const repo = pullRequestRepository(EXAMPLES, lowerBudget);
    const run = new JobRun({ workspace: repo.work, eventName: 'push', event: {}, apiUrl: 'http://127.0.0.1:9', actions: ACTIONS });
    try {
      const ok = await run.runAction(ROOT, { paths: 'examples/site', format: 'github', 'fail-on': 'error' }, {});
      assert.equal(ok, false, run.log());
      const ran = run.steps.filter((s) => s.ran).map((s) => s.name);
      assert.deepEqual(ran, ['Build or reuse the fabric CLI', 'Lint', 'Fail on findings']);
      assert.equal(run.steps.find((s) => s.name === 'Fail on findings').exit, 1);
      assert.match(run.steps.find((s) => s.name === 'Fail on findings').output, /fabric lint exited with 1 \(fail-on: error\)/);
      assert.equal(fs.existsSync(path.join(run.temp, 'fabric-lint.sarif')), false, 'no SARIF with format: github');
      assert.equal(run.stepSummary(), '', 'no diff on a push');
    } finally {
      run.dispose();
    }
  });

  it('passes the same errors with fail-on: never', async () => {
    const repo = pullRequestRepository(EXAMPLES, lowerBudget);
    const run = new JobRun({ workspace: repo.work, eventName: 'push', event: {}, apiUrl: 'http://127.0.0.1:9', actions: ACTIONS });
    try {
      assert.equal(await run.runAction(ROOT, { paths: 'examples/site', 'fail-on': 'never' }, {}), true, run.log());
      assert.equal(run.outputs['lint-status'], '1');
    } finally {
      run.dispose();
    }
  });
});
