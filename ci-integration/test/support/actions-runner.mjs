// Runs a GitHub Actions job's steps on this machine, as a runner would run them, so that the
// commands of action.yml and docs/ci/github-actions.yml are tested as written:
// - `${{ }}` expressions and `if:` conditions are evaluated by GitHub's own expression library
//   (@actions/expressions), with `success()` implied when a condition names no status function;
// - `run:` steps run with `bash --noprofile --norc -eo pipefail {0}` (the runner's bash) and the
//   files and variables a runner provides: GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY,
//   GITHUB_EVENT_PATH, GITHUB_ACTION_PATH in composite steps, RUNNER_TEMP, GITHUB_API_URL, …;
// - a `uses:` of this repository's action runs its composite steps; other actions (checkout,
//   setup-java, cache, upload-sarif) are GitHub's and do not run here: they are listed in the
//   result, for the test to say which were passed over.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import YAML from 'yaml';
import { tempDir } from './git-repo.mjs';

const CONTEXTS = ['github', 'inputs', 'steps', 'runner', 'env', 'job', 'matrix', 'secrets', 'vars'];
const STATUS = /\b(success|failure|always|cancelled)\s*\(/;

/** Runs a command to its end without blocking the event loop; its exit status and what it printed. */
export function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10 * 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Evaluates one expression (the text inside `${{ }}`) against plain-object contexts. */
export function evaluate(expression, contexts, status = { failed: false }) {
  const fn = (name, call, minArgs = 0, maxArgs = 0) => ({ name, minArgs, maxArgs, call });
  const functions = [
    fn('success', () => new data.BooleanData(!status.failed)),
    fn('failure', () => new data.BooleanData(status.failed)),
    fn('always', () => new data.BooleanData(true)),
    fn('cancelled', () => new data.BooleanData(false)),
    fn('hashFiles', () => new data.StringData(''), 1, 255),
  ];
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(lexed.tokens, CONTEXTS, functions).parse();
  const context = JSON.parse(JSON.stringify(contexts), data.reviver);
  return new Evaluator(parsed, context, new Map(functions.map((f) => [f.name.toLowerCase(), f]))).evaluate();
}

/** A string with every `${{ expr }}` replaced by its value, as the runner does in `run:`, `env:` and `with:`. */
export function interpolate(text, contexts, status) {
  if (typeof text !== 'string') {
    return text === undefined || text === null ? '' : String(text);
  }
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr) => evaluate(expr, contexts, status).coerceString());
}

/** Whether a step's `if:` holds: `success()` is implied unless it names a status function. */
export function condition(text, contexts, status) {
  if (text === undefined || text === null || text === '') {
    return !status.failed;
  }
  let expr = String(text).trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(expr);
  if (wrapped) {
    expr = wrapped[1];
  }
  if (!STATUS.test(expr)) {
    expr = `success() && (${expr})`;
  }
  return truthy(evaluate(expr, contexts, status));
}

/** Reads a GITHUB_OUTPUT or GITHUB_ENV file: `name=value` lines and `name<<DELIM` blocks. */
export function readCommandFile(file) {
  const out = {};
  if (!fs.existsSync(file)) {
    return out;
  }
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) {
        value.push(lines[i]);
      }
      out[heredoc[1]] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/**
 * One job run: a workspace (the checked-out repository), the event, and where this
 * repository's action lives. `actions` maps a `uses:` name without its `@ref` to a folder
 * holding an action.yml.
 */
export class JobRun {
  constructor({ workspace, eventName, event, baseRef = '', repository = 'octo/fabric', apiUrl, token = 'test-token', actions }) {
    this.workspace = workspace;
    this.actions = actions;
    this.temp = tempDir('fabric-runner-');
    this.summary = path.join(this.temp, 'step-summary.md');
    this.env = {};
    fs.writeFileSync(this.summary, '');
    const eventPath = path.join(this.temp, 'event.json');
    fs.writeFileSync(eventPath, JSON.stringify(event));
    this.github = {
      event_name: eventName,
      event,
      base_ref: baseRef,
      repository,
      api_url: apiUrl,
      token,
      workspace,
      action_path: '',
      action_ref: '',
    };
    this.runnerEnv = {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_BASE_REF: baseRef,
      GITHUB_REPOSITORY: repository,
      GITHUB_API_URL: apiUrl,
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: this.summary,
      RUNNER_TEMP: this.temp,
      RUNNER_OS: 'Linux',
    };
    /** Every step in order: { name, uses?, ran, outcome, output }. */
    this.steps = [];
  }

  /** Runs the steps of `jobs.<job>` of a workflow file; resolves to true when the job succeeded. */
  async runWorkflowJob(workflowFile, job) {
    const workflow = YAML.parse(fs.readFileSync(workflowFile, 'utf8'));
    const steps = workflow.jobs[job].steps;
    const status = { failed: false };
    const context = () => ({ github: this.github, env: { ...workflow.env, ...this.env }, runner: { os: 'Linux', temp: this.temp }, steps: {}, inputs: {} });
    for (const step of steps) {
      if (!condition(step.if, context(), status)) {
        this.steps.push({ name: step.name ?? step.uses, uses: step.uses, ran: false, outcome: 'skipped' });
        continue;
      }
      if (step.uses && this.actions[step.uses.split('@')[0]]) {
        const ok = await this.runAction(this.actions[step.uses.split('@')[0]], step.with ?? {}, context());
        status.failed ||= !ok;
      } else if (step.uses) {
        this.steps.push({ name: step.name ?? step.uses, uses: step.uses, ran: false, outcome: 'not run here' });
      } else {
        const ok = await this.runScript(step, context(), status, {});
        status.failed ||= !ok;
      }
    }
    return !status.failed;
  }

  /** Runs a composite action with `with` (already in the caller's terms); true when every step that ran succeeded. */
  async runAction(actionDir, withInputs, callerContext) {
    const action = YAML.parse(fs.readFileSync(path.join(actionDir, 'action.yml'), 'utf8'));
    if (action.runs?.using !== 'composite') {
      throw new Error(`${actionDir}/action.yml is not a composite action`);
    }
    const inputs = {};
    for (const [name, spec] of Object.entries(action.inputs ?? {})) {
      inputs[name] = interpolate(spec.default ?? '', { github: this.github });
    }
    for (const [name, value] of Object.entries(withInputs)) {
      if (!(name in inputs)) {
        throw new Error(`the action has no input '${name}'`);
      }
      inputs[name] = interpolate(String(value), callerContext);
    }
    const github = { ...this.github, action_path: actionDir };
    const steps = {};
    const status = { failed: false };
    for (const step of action.runs.steps) {
      const context = { github, inputs, steps, env: this.env, runner: { os: 'Linux', temp: this.temp } };
      const record = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      if (step.id) {
        steps[step.id] = record;
      }
      if (!condition(step.if, context, status)) {
        this.steps.push({ name: step.name, uses: step.uses, ran: false, outcome: 'skipped' });
        continue;
      }
      if (step.uses) {
        // GitHub's actions do not run here; the test lists them. They would have succeeded.
        this.steps.push({ name: step.name, uses: step.uses, ran: false, outcome: 'not run here' });
        record.outcome = record.conclusion = 'success';
        continue;
      }
      if (!step.shell) {
        throw new Error(`step '${step.name}' of a composite action has no shell`);
      }
      const ok = await this.runScript(step, context, status, { GITHUB_ACTION_PATH: actionDir }, record);
      status.failed ||= !ok;
    }
    this.outputs = {};
    for (const [name, spec] of Object.entries(action.outputs ?? {})) {
      this.outputs[name] = interpolate(spec.value, { github, inputs, steps });
    }
    return !status.failed;
  }

  /** Runs one `run:` step with bash; records its outputs in `record`; true when it exited 0. */
  async runScript(step, context, status, extraEnv, record = { outputs: {} }) {
    if (step.shell && step.shell !== 'bash') {
      throw new Error(`only bash steps run here, not '${step.shell}'`);
    }
    const script = path.join(this.temp, `step-${this.steps.length}.sh`);
    fs.writeFileSync(script, interpolate(step.run, context, status));
    const output = path.join(this.temp, `output-${this.steps.length}`);
    const envFile = path.join(this.temp, `env-${this.steps.length}`);
    fs.writeFileSync(output, '');
    fs.writeFileSync(envFile, '');
    const env = { ...process.env, ...this.runnerEnv, ...this.env, ...extraEnv, GITHUB_OUTPUT: output, GITHUB_ENV: envFile };
    for (const [name, value] of Object.entries(step.env ?? {})) {
      env[name] = interpolate(String(value), context, status);
    }
    // Asynchronously: the stand-in API the step may call runs in this process.
    const r = await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: this.workspace, env });
    const ok = r.status === 0;
    record.outputs = readCommandFile(output);
    record.outcome = record.conclusion = ok ? 'success' : 'failure';
    Object.assign(this.env, readCommandFile(envFile));
    this.steps.push({ name: step.name, ran: true, outcome: record.outcome, exit: r.status, output: `${r.stdout}${r.stderr}` });
    return ok;
  }

  /** The job summary the steps wrote. */
  stepSummary() {
    return fs.readFileSync(this.summary, 'utf8');
  }

  /** Everything the steps printed, for a failure message. */
  log() {
    return this.steps.map((s) => `--- ${s.name} (${s.outcome})\n${s.output ?? ''}`).join('\n');
  }

  dispose() {
    fs.rmSync(this.temp, { recursive: true, force: true });
  }
}
