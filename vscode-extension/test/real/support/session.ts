// One VS Code session of a test file: code-server with the .vsix installed, the window on a
// copy of the examples, and a screenshot after each step. The screenshots, the extension's
// output channel and code-server's log are kept under target/real-vscode/<session>/ when a
// step fails, and removed when all pass.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, it } from 'node:test';
import { EXTENSION_ROOT } from '../../support/paths';
import { CodeServer, SessionOptions } from './codeServer';
import { Workbench } from './workbench';

export const ARTIFACTS = path.join(EXTENSION_ROOT, 'target', 'real-vscode');
export const OUTPUT_CHANNEL = 'Fabric Language Server';
/** `<publisher>.<name>.<status-bar item id>` */
export const POWER_ITEM = 'fabriclint.fabric-lint.fabric.power';
const EXAMPLES = path.resolve(EXTENSION_ROOT, '..', 'examples');
const JAR = path.join(EXTENSION_ROOT, 'server', 'fabric.jar');

/** The CLI in the .vsix (server/fabric.jar), for what a check expects. */
export function fabric(args: string[], input?: string): string {
  try {
    return execFileSync('java', ['-jar', JAR, ...args], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    const failed = e as { status: number; stdout: string };
    if (failed.status === 1) {
      return failed.stdout; // lint found errors: the output is what we want
    }
    throw e;
  }
}

export class Session {
  vscode!: CodeServer;
  window!: Workbench;
  /** The workspace folder: a copy of examples/ (and what `prepare` adds). */
  readonly folder: string;
  private readonly shots: string;
  private step = 0;
  private readonly failures: string[] = [];
  private get failed(): boolean {
    return this.failures.length > 0;
  }

  /**
   * Registers before/after hooks of the current describe block: they copy the examples, let
   * `prepare` add files, start code-server and open the window on the folder.
   */
  constructor(readonly name: string, options: Omit<SessionOptions, 'folder'>, prepare: (folder: string) => void = () => {}) {
    this.folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-ws-'));
    this.shots = path.join(ARTIFACTS, name);
    before(async () => {
      fs.rmSync(this.shots, { recursive: true, force: true });
      fs.cpSync(EXAMPLES, this.folder, { recursive: true });
      prepare(this.folder);
      this.vscode = await CodeServer.start({ ...options, folder: this.folder });
      this.window = await Workbench.open(this.vscode.folderUrl(this.folder));
    });
    after(async () => {
      if (this.failed && this.vscode) {
        fs.mkdirSync(this.shots, { recursive: true });
        fs.writeFileSync(path.join(this.shots, 'output-channel.log'), this.vscode.outputChannel(OUTPUT_CHANNEL));
        fs.writeFileSync(path.join(this.shots, 'code-server.log'), this.vscode.serverLog());
        fs.writeFileSync(path.join(this.shots, 'failures.txt'), this.failures.join('\n\n'));
        console.log(`# screenshots and logs of the failed session: ${this.shots}`);
      } else {
        fs.rmSync(this.shots, { recursive: true, force: true });
      }
      await this.window?.close();
      await this.vscode?.stop();
      fs.rmSync(this.folder, { recursive: true, force: true });
    });
  }

  /** A test step: `it`, with a screenshot of the window after it. */
  it(title: string, check: () => Promise<void>): void {
    const n = ++this.step;
    it(title, async () => {
      try {
        await check();
      } catch (e) {
        this.failures.push(`${n}. ${title}\n${(e as Error).stack ?? e}`);
        throw e;
      } finally {
        const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
        await this.window?.screenshot(path.join(this.shots, `${String(n).padStart(2, '0')}-${slug}.png`)).catch(() => undefined);
      }
    });
  }

  /** Polls until `check` passes (VS Code draws what the server sends when it arrives). */
  async eventually<T>(what: string, check: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await check();
      } catch (e) {
        if (Date.now() > deadline) {
          throw new Error(`${what}: still failing after ${timeoutMs / 1000} s: ${(e as Error).message}`);
        }
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  }
}
