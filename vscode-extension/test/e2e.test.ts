// End to end: starts the bundled server exactly as the extension does (same Java lookup, same
// arguments, from server/fabric.jar) and talks LSP to it over stdio.
import assert from 'node:assert/strict';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeLens,
  CodeLensRequest,
  CompletionItem,
  ConfigurationRequest,
  CompletionList,
  CompletionRequest,
  Diagnostic,
  DidOpenTextDocumentNotification,
  ExitNotification,
  Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  InitializeResult,
  MarkedString,
  MarkupContent,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  RegistrationRequest,
  ResponseError,
  ShowMessageRequest,
  UnregistrationRequest,
  WorkDoneProgressCreateRequest,
  ShutdownRequest,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import {
  CABLES_METHOD,
  DIFF_METHOD,
  POWER_SUMMARY_METHOD,
  REPORT_METHOD,
  METHOD_NOT_FOUND,
  isPowerSummary,
  isReportResult,
} from '../src/client/protocol';
import { FabricInternalCommands } from '../src/commands/commandConstants';
import { resolveServerLaunch, ServerLaunch, serverJarPath } from '../src/server/javaLauncher';
import { EXTENSION_ROOT, fixture } from './support/paths';

const TIMEOUT_MS = 60_000;

function withTimeout<T>(promise: Promise<T>, what: string | (() => string), ms = TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => {
        const described = typeof what === 'string' ? what : what();
        reject(new Error(`timed out after ${ms / 1000} s waiting for ${described}`));
      }, ms);
    }),
  ]);
}

/** The same file, whatever URI spelling the server uses (file:/x, file:///x), as VS Code sees it. */
function sameDocument(a: string): string {
  return a.startsWith('file:') ? fileURLToPath(a) : a;
}

function hoverText(hover: Hover | null): string {
  if (!hover) {
    return '';
  }
  const part = (c: MarkupContent | MarkedString): string => (typeof c === 'string' ? c : c.value);
  return Array.isArray(hover.contents) ? hover.contents.map(part).join('\n') : part(hover.contents);
}

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

describe('the bundled language server, over LSP', () => {
  let launch: ServerLaunch;
  let server: ChildProcess;
  let connection: ProtocolConnection;
  let stderr = '';
  let stdout = '';
  let exited: Promise<number | null>;
  let initialized = false;
  let serverGone: Promise<never>;

  /** The server's answer, or at once an error with its output if it exits first. */
  function untilExit<T>(answer: Promise<T>): Promise<T> {
    return Promise.race([answer, serverGone]);
  }
  let workspace: string;
  const published = new Map<string, PublishDiagnosticsParams[]>();
  const waiters = new Set<() => void>();

  const text = fs.readFileSync(fixture('density-and-racks.fabric'), 'utf8');
  const lines = text.split('\n');
  let uri: string;

  /** Waits for a publishDiagnostics on `target` that satisfies `accept`. */
  function diagnosticsFor(target: string, accept: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    const key = sameDocument(target);
    let waiter: () => void = () => undefined;
    return withTimeout(
      new Promise<Diagnostic[]>((resolve) => {
        waiter = () => {
          const found = (published.get(key) ?? []).find((p) => accept(p.diagnostics));
          if (found) {
            waiters.delete(waiter);
            resolve(found.diagnostics);
          }
        };
        waiters.add(waiter);
        waiter();
      }),
      () =>
        `${what}; publishDiagnostics received for this file: ` +
        `${JSON.stringify((published.get(key) ?? []).map((p) => codes(p.diagnostics)))}; ` +
        `for other files: ${JSON.stringify([...published.keys()].filter((k) => k !== key))}; ` +
        `server stderr:\n${stderr.slice(-2000)}`
    ).finally(() => waiters.delete(waiter));
  }

  function open(name: string, content: string): string {
    const file = path.join(workspace, name);
    fs.writeFileSync(file, content);
    const fileUri = pathToFileURL(file).toString();
    void connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: fileUri, languageId: 'fabric', version: 1, text: content },
    });
    return fileUri;
  }

  before(async () => {
    const jar = serverJarPath(EXTENSION_ROOT);
    if (!fs.existsSync(jar)) {
      throw new Error(
        `${jar} is missing: build the cli module (mvn -B package -pl cli -am from the repository root) and run ` +
          '`npm run copy-server` before this test.'
      );
    }
    // The same lookup as the extension (no fabric.java.home setting here: JAVA_HOME, then PATH).
    launch = await resolveServerLaunch({ extensionRoot: EXTENSION_ROOT, javaHome: process.env.FABRIC_JAVA_HOME });
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-e2e-'));
    server = spawn(launch.command, launch.args, { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    server.stderr!.setEncoding('utf8');
    server.stderr!.on('data', (d: string) => (stderr += d));
    // Kept to explain a failure: what the server printed on stdout besides LSP messages.
    server.stdout!.on('data', (d: Buffer) => (stdout = (stdout + d.toString('utf8')).slice(-4000)));
    exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
    serverGone = exited.then((code) => {
      throw new Error(
        `the server exited (code ${code}). Command: ${launch.command} ${launch.args.join(' ')}\n` +
          `stderr:\n${stderr.slice(-2000)}\nstdout:\n${stdout.slice(-2000)}`
      );
    });
    serverGone.catch(() => undefined);
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const key = sameDocument(p.uri);
      published.set(key, [...(published.get(key) ?? []), p]);
      [...waiters].forEach((w) => w());
    });
    // Requests a server may send to the client: answer as VS Code would for an empty configuration.
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => null));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(UnregistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest(ShowMessageRequest.type, () => null);
    connection.listen();
    uri = pathToFileURL(path.join(workspace, 'density-and-racks.fabric')).toString();
  });

  after(async () => {
    connection?.dispose();
    if (server && server.exitCode === null) {
      server.kill();
    }
    if (workspace) {
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });

  /** Fails at once, saying why, when the server is gone or never initialized. */
  function requireServer(): void {
    if (!initialized) {
      throw new Error('the server did not initialize (see the first failure)');
    }
  }

  it('initializes, with the launcher the extension uses', async () => {
    assert.deepEqual(launch.args.slice(-3), ['-jar', serverJarPath(EXTENSION_ROOT), 'lsp']);
    const initializing = connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'fabric-lint e2e test' },
      rootUri: pathToFileURL(workspace).toString(),
      workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'e2e' }],
      initializationOptions: { catalogs: [] },
      capabilities: {
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
          completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        workspace: { configuration: true, workspaceFolders: true },
      },
    });
    const result: InitializeResult = await withTimeout(
      untilExit(initializing),
      () => `the initialize response; server stderr:\n${stderr.slice(-2000)}`
    );
    await connection.sendNotification(InitializedNotification.type, {});
    assert.ok(result.capabilities.textDocumentSync !== undefined, 'text document sync');
    assert.ok(result.capabilities.completionProvider, 'completion');
    assert.ok(result.capabilities.hoverProvider, 'hover');
    initialized = true;
  });

  it('publishes FAB302, FAB303 and FAB401 for density-and-racks.fabric, on their lines', async () => {
    requireServer();
    assert.equal(open('density-and-racks.fabric', text), uri);
    const wanted = ['FAB302', 'FAB303', 'FAB401'];
    const diagnostics = await diagnosticsFor(uri, (d) => wanted.every((c) => codes(d).includes(c)), wanted.join(', '));
    const lineOf = (code: string) => diagnostics.find((d) => d.code === code)!.range.start.line;
    // 0-based lines of `height 42U`, `power 10kW` (rack row) and `height 1U` (tier leaf).
    assert.equal(lineOf('FAB303'), lines.findIndex((l) => l.includes('height 42U')));
    assert.equal(lineOf('FAB401'), lines.findIndex((l) => l.includes('power 10kW')));
    assert.equal(lineOf('FAB302'), lines.findIndex((l) => l.includes('height 1U')));
    for (const d of diagnostics.filter((x) => wanted.includes(String(x.code)))) {
      assert.equal(d.severity, 1, `${d.code} is an error`);
      assert.ok(d.message.length > 0);
    }
  });

  it('completes `module QDD-4` with QDD-400G-SR8', async () => {
    requireServer();
    const edited = text.replace('  module QDD-400G-SR8', '  module QDD-4');
    const line = edited.split('\n').findIndex((l) => l === '  module QDD-4');
    assert.ok(line > 0);
    const completionUri = open('completion.fabric', edited);
    const result = (await withTimeout(
      untilExit(connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri: completionUri },
        position: { line, character: '  module QDD-4'.length },
      })),
      'the completion response'
    )) as CompletionItem[] | CompletionList | null;
    const items = Array.isArray(result) ? result : result?.items ?? [];
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('QDD-400G-SR8'), `QDD-400G-SR8 among ${JSON.stringify(labels.slice(0, 40))}`);
  });

  it('hovers a tier name with its power in W or kW', async () => {
    requireServer();
    const line = lines.findIndex((l) => l.startsWith('tier leaf'));
    const hover = await withTimeout(
      untilExit(connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 'tier l'.length } })),
      'the hover response'
    );
    const shown = hoverText(hover);
    assert.match(shown, /\d[\d,.]*\s?k?W\b/, `a power figure in: ${JSON.stringify(shown)}`);
  });

  it('answers fabric/powerSummary with the IT and facility power (or does not implement it yet)', async (t) => {
    requireServer();
    try {
      const summary = await withTimeout(untilExit(connection.sendRequest(POWER_SUMMARY_METHOD, { uri })), POWER_SUMMARY_METHOD);
      assert.ok(isPowerSummary(summary), JSON.stringify(summary));
      // gpu: 8 x (1 kW + 8 x 10 W) = 8,640 W; leaf: 8 x (2 kW + 8 x 10 W) = 16,640 W; pue 1.0.
      assert.ok(Math.abs(summary.it - 25280) <= 25280 * 0.005, `IT power ${summary.it} W`);
      assert.ok(Math.abs(summary.facility - summary.it) <= 1, `facility power ${summary.facility} W`);
      assert.equal(summary.itText, '25.3 kW', 'written as the report writes it');
    } catch (e) {
      if (e instanceof ResponseError && e.code === METHOD_NOT_FOUND) {
        t.skip(`the server does not implement ${POWER_SUMMARY_METHOD} yet: the status bar stays hidden`);
        return;
      }
      throw e;
    }
  });

  it('answers fabric/report with a markdown report (or does not implement it yet)', async (t) => {
    requireServer();
    try {
      const report = await withTimeout(untilExit(connection.sendRequest(REPORT_METHOD, { uri, format: 'markdown' })), REPORT_METHOD);
      assert.ok(isReportResult(report), JSON.stringify(report));
      assert.match(report.text, /QDD-400G-SR8/);
      assert.match(report.text, /\|/, 'markdown tables');
    } catch (e) {
      if (e instanceof ResponseError && e.code === METHOD_NOT_FOUND) {
        t.skip(`the server does not implement ${REPORT_METHOD} yet: "Fabric: Show Report" says so`);
        return;
      }
      throw e;
    }
  });

  it('answers fabric/diff with what the unsaved text changes against git HEAD', async () => {
    requireServer();
    const repo = path.join(workspace, 'repo');
    fs.mkdirSync(repo);
    fs.writeFileSync(path.join(repo, 'pod.fabric'), text);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', ...args], { cwd: repo });
    git('init', '-q');
    git('add', 'pod.fabric');
    git('commit', '-q', '-m', 'pod');
    // Twelve servers instead of eight, in the editor only: 4 x 8 more SR8 modules at each end.
    const edited = text.replace('tier gpu {\n  count 8', 'tier gpu {\n  count 12');
    assert.notEqual(edited, text);
    const editedUri = pathToFileURL(path.join(repo, 'pod.fabric')).toString();
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: editedUri, languageId: 'fabric', version: 1, text: edited },
    });
    const diff = await withTimeout(untilExit(connection.sendRequest(DIFF_METHOD, { uri: editedUri })), DIFF_METHOD);
    assert.ok(isReportResult(diff), JSON.stringify(diff));
    assert.match(diff.text, /^## Fabric diff: `HEAD:pod\.fabric` → `pod\.fabric`/);
    assert.match(diff.text, /\| QDD-400G-SR8 \| 128 \| 192 \| \+64 \|/, diff.text);
  });

  it('answers fabric/diff outside a git repository with an error that says so', async () => {
    requireServer();
    await assert.rejects(
      withTimeout(untilExit(connection.sendRequest(DIFF_METHOD, { uri })), DIFF_METHOD),
      (e: unknown) => e instanceof ResponseError && /not in a git repository/.test(e.message)
    );
  });

  it('offers "Show cables" on the link, whose command gets the cut sheet from fabric/cables', async () => {
    requireServer();
    const lenses = (await withTimeout(
      untilExit(connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })),
      'the code lenses'
    )) as CodeLens[];
    const show = lenses.find((l) => l.command?.command === FabricInternalCommands.SHOW_CABLES);
    assert.ok(show?.command, `a "Show cables" lens among ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
    assert.match(show.command.title, /^Show cables \(64\)$/);
    const [lensUri, line] = show.command.arguments ?? [];
    assert.equal(sameDocument(String(lensUri)), sameDocument(uri));
    assert.equal(line, show.range.start.line, 'the line of the link keyword');
    const sheet = await withTimeout(
      untilExit(connection.sendRequest(CABLES_METHOD, { uri: lensUri, line, format: 'markdown' })),
      CABLES_METHOD
    );
    assert.ok(isReportResult(sheet), JSON.stringify(sheet));
    assert.match(sheet.text, /\| gpu\.nic->leaf\.down \| 64 \| C01 – C64 \|/);
    assert.equal(sheet.text.split('\n').filter((l) => /^\| C\d\d \|/.test(l)).length, 64, 'one row per cable');
  });

  it('shuts down and exits when asked', async () => {
    requireServer();
    await withTimeout(untilExit(connection.sendRequest(ShutdownRequest.type)), 'the shutdown response');
    await connection.sendNotification(ExitNotification.type);
    const code = await withTimeout(exited, 'the server process to exit after `exit`', 15_000);
    assert.equal(code, 0, `exit code; server stderr:\n${stderr.slice(-2000)}`);
  });
});
