// Activation in plain Node with a stand-in `vscode`: what the user sees when the server cannot
// start, and the commands the extension registers.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FabricCommands, FabricInternalCommands } from '../src/commands/commandConstants';
import { installFakeVscode } from './support/fakeVscode';

const vscode = installFakeVscode();
// Loaded after the stand-in is installed.
const extension = require('../src/extension');

describe('activation without a usable Java', () => {
  let tmp: string;
  const context: any = { subscriptions: [] as Array<{ dispose(): void }> };

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-activation-'));
    fs.mkdirSync(path.join(tmp, 'server'));
    fs.writeFileSync(path.join(tmp, 'server', 'fabric.jar'), 'PK');
    context.extensionPath = tmp;
    vscode.settings['fabric.java.home'] = path.join(tmp, 'no-jdk-here');
    await extension.activate(context);
  });
  after(async () => {
    await extension.deactivate();
    context.subscriptions.forEach((d: { dispose(): void }) => d.dispose());
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('registers the contributed commands', () => {
    for (const id of [...Object.values(FabricCommands), ...Object.values(FabricInternalCommands)]) {
      assert.ok(vscode.commands.has(id), id);
    }
  });

  it('says plainly that Java is missing, which setting to change, and offers to open it', () => {
    assert.equal(vscode.errors.length, 1, JSON.stringify(vscode.errors));
    const [{ message, items }] = vscode.errors;
    assert.match(message, /^Fabric: The setting "fabric\.java\.home" is ".*no-jdk-here", but there is no java there/);
    assert.match(message, /Java 17\+/);
    assert.deepEqual(items, ['Open Settings', 'Show Output']);
    assert.ok(vscode.output.some((l) => l.includes('fabric.java.home')), 'the message is in the output channel too');
  });

  it('keeps the power item hidden and explains that there is no report', async () => {
    assert.equal(vscode.statusBar.visible, false);
    vscode.api.window.activeTextEditor = { document: { languageId: 'fabric', uri: {} } };
    await vscode.commands.get(FabricCommands.SHOW_REPORT)!();
    assert.match(vscode.errors.at(-1)!.message, /language server is not running/);
  });

  it('opens the fabric.java.home setting from the message', async () => {
    await vscode.commands.get(FabricInternalCommands.OPEN_JAVA_SETTINGS)!();
    assert.deepEqual(vscode.executed.at(-1), { command: 'workbench.action.openSettings', args: ['fabric.java.home'] });
  });

  it('reports a missing server jar as a broken package', async () => {
    fs.rmSync(path.join(tmp, 'server', 'fabric.jar'));
    const before = vscode.errors.length;
    await vscode.commands.get(FabricCommands.RESTART_SERVER)!();
    assert.equal(vscode.errors.length, before + 1);
    assert.match(vscode.errors.at(-1)!.message, /language server is missing: .*fabric\.jar does not exist/);
  });
});
