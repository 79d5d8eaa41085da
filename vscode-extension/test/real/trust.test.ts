// Workspace trust in a real VS Code. A cloned repository opens in Restricted Mode; its own
// settings must not choose the program that runs (fabric.java.home is a restricted setting),
// but the extension still works there with the user's Java. Once the user trusts the folder,
// its fabric.java.home applies: here it points nowhere, which must give one plain message and
// no crash loop.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe } from 'node:test';
import { fabric, OUTPUT_CHANNEL, Session } from './support/session';

const SEED = 'seed-1024-gpu-pod.fabric';
const NOWHERE = '/nonexistent/jdk-17';

describe('the extension in Restricted Mode, then trusted, with a workspace fabric.java.home', () => {
  const session = new Session('trust', { trusted: false }, (folder) => {
    fs.mkdirSync(path.join(folder, '.vscode'));
    fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'fabric.java.home': NOWHERE }));
  });
  const starts = () => session.vscode.outputChannel(OUTPUT_CHANNEL).match(/Starting the Fabric language server/g)?.length ?? 0;

  session.it('opens the folder in Restricted Mode', async () => {
    await session.window.page.locator('[id="status.workspaceTrust"]', { hasText: 'Restricted Mode' }).waitFor();
  });

  session.it("runs the server with the user's Java, not the workspace's fabric.java.home", async () => {
    const w = session.window;
    await w.openFile(SEED);
    const lint = JSON.parse(fabric(['lint', '--format', 'json', path.join(session.folder, SEED)])).diagnostics as Array<{ line: number }>;
    const lines = [...new Set(lint.map((d) => d.line))].sort((a, b) => a - b);
    await session.eventually('squiggles', async () => assert.deepEqual([...(await w.squiggles()).keys()].sort((a, b) => a - b), lines));
    const log = session.vscode.outputChannel(OUTPUT_CHANNEL);
    assert.match(log, /Starting the Fabric language server with Java \d+ from (JAVA_HOME|PATH)/);
    assert.ok(!log.includes(NOWHERE), `the workspace setting is not read:\n${log}`);
    assert.deepEqual((await w.notifications()).filter((n) => n.severity === 'error'), []);
  });

  session.it('once trusted, says plainly that the Java of fabric.java.home is missing, once', async () => {
    const w = session.window;
    await w.runCommand('Workspaces: Manage Workspace Trust');
    await w.page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first().click();
    await w.page.locator('[id="status.workspaceTrust"]').waitFor({ state: 'detached' });
    const message = await session.eventually('the message about Java', async () => {
      const errors = (await w.notifications()).filter((n) => n.severity === 'error');
      assert.equal(errors.length, 1, JSON.stringify(errors));
      return errors[0].text;
    });
    assert.match(message, new RegExp(`^Fabric: The setting "fabric\\.java\\.home" is "${NOWHERE}", but there is no java there`));
    // No restart loop: a few seconds later, still one message, and no second start.
    await w.page.waitForTimeout(5_000);
    const later = (await w.notifications()).filter((n) => n.severity === 'error');
    assert.equal(later.length, 1, `still one error notification:\n${JSON.stringify(later)}\n${session.vscode.outputChannel(OUTPUT_CHANNEL)}`);
    assert.equal(starts(), 1, 'the server was started once, in Restricted Mode');
    const log = session.vscode.outputChannel(OUTPUT_CHANNEL);
    assert.doesNotMatch(log, /crashed|Exception/);
    assert.equal(log.split(`"fabric.java.home" is "${NOWHERE}"`).length - 1, 1, `the output channel says it once:\n${log}`);
    // Without a server, no diagnostics are left behind; the grammar still colours the file.
    await w.openFile(SEED);
    await session.eventually('squiggles cleared', async () => assert.equal((await w.squiggles()).size, 0));
    assert.equal(await w.page.locator('[id="status.editor.mode"]').innerText(), 'Fabric');
  });
});
