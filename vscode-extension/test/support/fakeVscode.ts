/**
 * A stand-in for the `vscode` module, enough to activate the extension in plain Node: it records
 * messages, commands and status-bar changes. Anything it does not define is a harmless no-op
 * proxy (vscode-languageclient touches some API when it is loaded).
 */
import Module from 'node:module';

export interface FakeVscode {
  api: any;
  settings: Record<string, unknown>;
  errors: Array<{ message: string; items: string[] }>;
  infos: string[];
  output: string[];
  commands: Map<string, (...args: any[]) => unknown>;
  executed: Array<{ command: string; args: unknown[] }>;
  statusBar: { visible: boolean; text: string };
}

function noop(): any {
  const handler: ProxyHandler<any> = {
    get: (target, p) => {
      if (p === 'then') return undefined; // not a thenable
      if (!(p in target)) target[p] = noop();
      return target[p];
    },
    apply: () => noop(),
    construct: () => noop(),
  };
  return new Proxy(function () {}, handler);
}

export function installFakeVscode(): FakeVscode {
  const disposable = { dispose() {} };
  const event = () => disposable;
  const fake: FakeVscode = {
    api: undefined,
    settings: {},
    errors: [],
    infos: [],
    output: [],
    commands: new Map(),
    executed: [],
    statusBar: { visible: false, text: '' },
  };
  const api: any = {
    window: {
      activeTextEditor: undefined,
      createOutputChannel: () => ({
        appendLine: (line: string) => fake.output.push(line),
        append: (text: string) => fake.output.push(text),
        show() {},
        dispose() {},
      }),
      createStatusBarItem: () => ({
        set text(t: string) {
          fake.statusBar.text = t;
        },
        show: () => (fake.statusBar.visible = true),
        hide: () => (fake.statusBar.visible = false),
        dispose() {},
      }),
      showErrorMessage: (message: string, ...items: string[]) => {
        fake.errors.push({ message, items });
        return Promise.resolve(undefined);
      },
      showInformationMessage: (message: string) => {
        fake.infos.push(message);
        return Promise.resolve(undefined);
      },
      onDidChangeActiveTextEditor: event,
    },
    workspace: {
      workspaceFolders: undefined,
      getConfiguration: (section: string) => ({ get: (key: string) => fake.settings[`${section}.${key}`] }),
      onDidChangeConfiguration: event,
      onDidSaveTextDocument: event,
      onDidChangeTextDocument: event,
      registerTextDocumentContentProvider: () => disposable,
      createFileSystemWatcher: () => ({ ...disposable, onDidCreate: event, onDidChange: event, onDidDelete: event }),
    },
    languages: { onDidChangeDiagnostics: event },
    commands: {
      registerCommand: (id: string, fn: (...args: any[]) => unknown) => {
        fake.commands.set(id, fn);
        return disposable;
      },
      executeCommand: (command: string, ...args: unknown[]) => {
        fake.executed.push({ command, args });
        return Promise.resolve(undefined);
      },
    },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ViewColumn: { Beside: -2 },
    EventEmitter: class {
      event = event;
      fire() {}
      dispose() {}
    },
    Uri: class {},
    MarkdownString: class {
      constructor(readonly value: string) {}
    },
  };
  fake.api = new Proxy(api, { get: (t, p) => (p in t ? t[p] : (t[p] = noop())) });
  const load = (Module as any)._load;
  (Module as any)._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? fake.api : load.call(this, request, ...rest);
  };
  return fake;
}
