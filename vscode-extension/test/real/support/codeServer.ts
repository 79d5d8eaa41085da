// A real VS Code: the code-server build (real-vscode/, installed by scripts/test-real-vscode.mjs)
// on 127.0.0.1, with the packaged .vsix installed the way a user installs it.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXTENSION_ROOT, VSIX_PATH } from '../../support/paths';

const CODE_SERVER = path.join(EXTENSION_ROOT, 'real-vscode', 'node_modules', '.bin', 'code-server');

/** User settings of every session: nothing that reaches for the network or pops up by itself. */
const QUIET_SETTINGS = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
};

export interface SessionOptions {
  /** The folder VS Code opens. */
  folder: string;
  /** false: workspace trust is on and the folder opens in Restricted Mode. */
  trusted: boolean;
  /** More user settings. */
  settings?: Record<string, unknown>;
}

export class CodeServer {
  private constructor(
    readonly url: string,
    readonly userDataDir: string,
    private readonly process: ChildProcess,
    private readonly home: string,
    private readonly log: () => string
  ) {}

  /** Installs the .vsix into a fresh profile and starts code-server on a free port. */
  static async start(options: SessionOptions): Promise<CodeServer> {
    if (!fs.existsSync(CODE_SERVER)) {
      throw new Error(`${CODE_SERVER} is missing: run npm run test:vscode (it installs code-server)`);
    }
    if (!fs.existsSync(VSIX_PATH)) {
      throw new Error(`${VSIX_PATH} is missing: package the extension first (npm run package, or mvn verify)`);
    }
    // Short paths: code-server puts a Unix socket in the user data folder (at most 107 bytes).
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-vscode-'));
    try {
      return await CodeServer.startIn(home, options);
    } catch (e) {
      fs.rmSync(home, { recursive: true, force: true });
      throw e;
    }
  }

  private static async startIn(home: string, options: SessionOptions): Promise<CodeServer> {
    const userDataDir = path.join(home, 'data');
    const extensionsDir = path.join(home, 'extensions');
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    const settings: Record<string, unknown> = { ...QUIET_SETTINGS, ...options.settings };
    if (!options.trusted) {
      settings['security.workspace.trust.startupPrompt'] = 'never';
    }
    fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
    // Its config, data and caches (a device id, for one) in the session's folder, not the user's.
    const env = {
      ...process.env,
      XDG_CONFIG_HOME: path.join(home, 'config'),
      XDG_DATA_HOME: path.join(home, 'share'),
      XDG_CACHE_HOME: path.join(home, 'cache'),
    };
    const common = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
    execFileSync(CODE_SERVER, [...common, '--install-extension', VSIX_PATH], { env, stdio: 'pipe', timeout: 120_000 });

    const args = [
      ...common,
      '--bind-addr', '127.0.0.1:0',
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.trusted ? ['--disable-workspace-trust'] : []),
      options.folder,
    ];
    // Its own process group, so that stop() ends its children (extension host, language server) too.
    const child = spawn(CODE_SERVER, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not start in 60 s:\n${output}`)), 60_000);
      const look = () => {
        const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout!.on('data', look);
      child.stderr!.on('data', look);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited (${code}) before it listened:\n${output}`));
      });
    });
    return new CodeServer(url, userDataDir, child, home, () => output);
  }

  /** The workbench URL for a folder. */
  folderUrl(folder: string): string {
    return `${this.url}/?folder=${encodeURIComponent(folder)}`;
  }

  /** What the extension wrote in its output channel (VS Code keeps a copy of every channel on disk). */
  outputChannel(name: string): string {
    const logs = path.join(this.userDataDir, 'logs');
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          walk(p);
        } else if (/^\d+-/.test(e.name) && e.name.replace(/^\d+-/, '') === `${name}.log`) {
          found.push(p);
        }
      }
    };
    walk(logs);
    return found.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  }

  /** code-server's own log (its standard output and error). */
  serverLog(): string {
    return this.log();
  }

  /** Ends code-server and everything it started, and removes its profile. */
  async stop(): Promise<void> {
    const pid = this.process.pid!;
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null || this.process.signalCode !== null) {
        resolve();
      } else {
        this.process.once('exit', () => resolve());
      }
    });
    const signal = (s: NodeJS.Signals) => {
      try {
        process.kill(-pid, s);
      } catch {
        // the group is gone
      }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    // The language server is a grandchild in the same group: make sure nothing is left.
    signal('SIGKILL');
    fs.rmSync(this.home, { recursive: true, force: true });
  }
}
