// The fabric-diff job of docs/ci/gitlab-ci.yml, its script run here as a GitLab runner runs it
// (the lines in one bash with `set -eo pipefail`, the job's variables with $VAR expanded, the
// predefined variables of a merge-request pipeline), on a repository of two commits. The note
// goes to a recording stand-in for GitLab's API (support/fake-api.mjs).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import YAML from 'yaml';
import { run } from './support/actions-runner.mjs';
import { startFakeApi } from './support/fake-api.mjs';
import { edit, pullRequestRepository } from './support/git-repo.mjs';
import { EXAMPLES, ROOT } from './support/paths.mjs';

const JOBS = YAML.parse(fs.readFileSync(path.join(ROOT, 'docs', 'ci', 'gitlab-ci.yml'), 'utf8'));
const MARKER = '<!-- fabric-lint-diff -->';

/** `$NAME` and `${NAME}` in a variable's value, from the variables before it (as GitLab expands them). */
function expand(value, known) {
  return String(value).replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, name) => known[name] ?? '');
}

/** Runs a job's `script` in `dir` with its variables, `predefined` (GitLab's) and `project` (CI/CD settings, which win). */
async function runJob(job, dir, predefined, project) {
  const variables = { ...predefined };
  for (const [name, value] of Object.entries(job.variables ?? {})) {
    variables[name] = expand(value, variables);
  }
  Object.assign(variables, project);
  const script = path.join(dir, '.gitlab-job.sh');
  fs.writeFileSync(script, job.script.join('\n'));
  try {
    return await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: dir, env: { ...process.env, ...variables } });
  } finally {
    fs.rmSync(script);
  }
}

describe('the fabric-diff job of docs/ci/gitlab-ci.yml, on a merge request', () => {
  const job = JOBS['fabric-diff'];
  let api;
  let repo;
  let result;

  before(async () => {
    api = await startFakeApi();
    repo = pullRequestRepository(EXAMPLES, (work) =>
      edit(work, 'examples/site/racks.fabric', (t) => t.replace('power 32kW', 'power 25kW'))
    );
    result = await runJob(
      job,
      repo.work,
      {
        CI: 'true',
        GITLAB_CI: 'true',
        CI_PIPELINE_SOURCE: 'merge_request_event',
        CI_PROJECT_DIR: repo.work,
        CI_PROJECT_ID: '42',
        CI_MERGE_REQUEST_IID: '3',
        CI_MERGE_REQUEST_DIFF_BASE_SHA: repo.base,
        CI_API_V4_URL: `${api.url}/api/v4`,
      },
      // CI/CD variables of the project: the note token, and where fabric-lint is checked out.
      { FABRIC_NOTE_TOKEN: 'glpat-test', FABRIC_LINT: ROOT }
    );
  });

  after(() => api.close());

  it('runs only in merge-request pipelines', () => {
    assert.deepEqual(job.rules, [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
  });

  it('fails on the error the merge request adds, after writing the diff', () => {
    assert.equal(result.status, 1, `${result.stdout}\n${result.stderr}`);
    const diff = fs.readFileSync(path.join(repo.work, 'fabric-diff.md'), 'utf8');
    assert.ok(diff.startsWith(MARKER), diff);
    assert.match(diff, new RegExp(`## Fabric diff: \`${repo.base}:examples/site/main\\.fabric\` → \`examples/site/main\\.fabric\``));
    assert.match(diff, /\| compute \| 25\.7 kW \| 0 \| 32\.0 kW → 25\.0 kW \| 80\.5% → 103\.0% \| now over budget \|/);
    assert.ok(result.stdout.includes(diff.trim()), 'the diff is in the job log too');
    assert.deepEqual(job.artifacts.paths, ['fabric-diff.md']);
  });

  it('posts the diff as a note on the merge request, with the token', () => {
    const notes = api.requests.filter((r) => r.method === 'POST');
    assert.equal(notes.length, 1);
    assert.equal(notes[0].path, '/api/v4/projects/42/merge_requests/3/notes');
    assert.equal(notes[0].headers['private-token'], 'glpat-test');
    assert.equal(new URLSearchParams(notes[0].body).get('body'), fs.readFileSync(path.join(repo.work, 'fabric-diff.md'), 'utf8'));
  });
});
