// The packaged extension in a real VS Code (code-server 4.100, Chromium), on a copy of the
// examples: what a user sees and does. Expected figures come from the CLI in the same .vsix.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe } from 'node:test';
import { ARTIFACTS, fabric, OUTPUT_CHANNEL, POWER_ITEM, Session } from './support/session';
import { Severity } from './support/workbench';

const SEED = 'seed-1024-gpu-pod.fabric';
const CLOS = 'three-tier-clos.fabric';
/** A copy of three-tier-clos.fabric with its layout undone, for Format Document. */
const MESSY = 'messy-layout.fabric';

interface LintDiagnostic {
  file: string;
  line: number;
  severity: Severity;
  code: string;
}

/** 1-based number of the first line of `text` that `test` matches, after line `after`. */
function lineOf(text: string, test: RegExp, after = 0): number {
  const i = text.split('\n').findIndex((l, n) => n + 1 > after && test.test(l));
  assert.ok(i >= 0, `a line matching ${test}`);
  return i + 1;
}

describe(`the extension in VS Code, on ${SEED}`, () => {
  const session = new Session('vscode', { trusted: true }, (folder) => {
    const clos = fs.readFileSync(path.join(folder, 'three-tier-clos.fabric'), 'utf8');
    fs.writeFileSync(path.join(folder, MESSY), clos.replace(/^[ \t]+/gm, '').replace(/ +\/\//g, ' //'));
    // A git repository with the examples committed, for "Compare with Git HEAD".
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=real-vscode', '-c', 'user.email=real@example.invalid', ...args], { cwd: folder });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'examples');
  });
  const seedText = () => fs.readFileSync(path.join(session.folder, SEED), 'utf8');

  session.it('opens the seed design in the Fabric language mode, with coloured tokens', async () => {
    const w = session.window;
    await w.openFile(SEED);
    assert.equal(await w.page.locator('[id="status.editor.mode"]').innerText(), 'Fabric');
    const tier = lineOf(seedText(), /^tier gpu \{/);
    // The grammar colours the line once it has loaded: `tier`, `gpu` and `{` become tokens.
    const colours = await session.eventually('coloured tokens', async () => {
      const c = new Map(await w.tokenColours(tier));
      assert.ok(c.has('tier') && c.has('gpu'), JSON.stringify([...c]));
      return c;
    });
    assert.notEqual(colours.get('tier'), colours.get('gpu'), 'keyword and tier name differ');
    const [commentColour] = new Map(await w.tokenColours(1)).values();
    assert.ok(commentColour && commentColour !== colours.get('tier'), 'comments have their own colour');
  });

  session.it('draws squiggles on the lines `fabric lint` reports, with its severities', async () => {
    const lint = JSON.parse(fabric(['lint', '--format', 'json', path.join(session.folder, SEED)])).diagnostics as LintDiagnostic[];
    const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
    const expected = new Map<number, Severity>();
    for (const d of lint) {
      const had = expected.get(d.line);
      if (!had || rank[d.severity] < rank[had]) {
        expected.set(d.line, d.severity);
      }
    }
    assert.ok(expected.size >= 5, `the seed design has problems: ${JSON.stringify(lint)}`);
    const drawn = await session.eventually('squiggles', async () => {
      const s = await session.window.squiggles();
      assert.deepEqual([...s].sort((a, b) => a[0] - b[0]), [...expected].sort((a, b) => a[0] - b[0]));
      return s;
    });
    assert.equal(drawn.size, expected.size);
    // The seed design as VS Code shows it, kept for people to look at (README).
    await session.window.screenshot(path.join(ARTIFACTS, 'seed-design.png'));
  });

  session.it('counts the problems of `fabric lint` in the Problems panel and the status bar', async () => {
    const lint = JSON.parse(fabric(['lint', '--format', 'json', path.join(session.folder, SEED)])).diagnostics as LintDiagnostic[];
    const count = (s: Severity) => lint.filter((d) => d.severity === s).length;
    const expected = { error: count('error'), warning: count('warning'), info: count('info') };
    assert.deepEqual(await session.window.problemsPanel(), expected);
    const label = await session.window.page.locator('[id="status.problems"]').getAttribute('aria-label');
    assert.equal(label, `Errors: ${expected.error}, Warnings: ${expected.warning}, Infos: ${expected.info}`);
  });

  session.it('shows a tier\'s device power and tier total on hover, as `fabric report` does', async () => {
    const report = fabric(['report', path.join(session.folder, SEED)]);
    // `  gpu  32  10.2 kW  256 W  10.5 kW  334.6 kW ...`: count, base, modules, device, tier total
    const row = /^\s*gpu\s+[\d,]+\s+([\d,.]+ k?W)\s+([\d,.]+ k?W)\s+([\d,.]+ k?W)\s+([\d,.]+ k?W)/m.exec(report);
    assert.ok(row, `the gpu row of the report:\n${report}`);
    const [, base, , device, total] = row;
    const text = await session.window.hover(lineOf(seedText(), /^tier gpu \{/), 'gpu');
    assert.match(text, /^tier gpu/);
    assert.match(text, new RegExp(`base\\s+${base}`));
    assert.match(text, new RegExp(`device\\s+${device}`));
    assert.ok(text.includes(`= ${total}`), `tier total ${total} in:\n${text}`);
  });

  session.it('shows a link\'s reach margin on hover', async () => {
    const text = await session.window.hover(lineOf(seedText(), /^link leaf\.up -> spine\.down/), 'link');
    // QDD-800G-DR8 reaches 500 m on OS2; the link is 100 m long.
    assert.match(text, /reach: QDD-800G-DR8 500m on OS2; link 100m, margin 400m/);
  });

  session.it('shows the IT power in the status bar, as the report writes it', async () => {
    const report = fabric(['report', path.join(session.folder, SEED)]);
    const it = /^\s*IT power\s+(.+?)\s*$/m.exec(report)![1];
    const item = session.window.statusBarItem(POWER_ITEM);
    await session.eventually('the power item', async () => assert.equal((await item.innerText()).trim(), it));
  });

  session.it('completes `module QDD-8` with QDD-800G-DR8, offered once', async () => {
    const w = session.window;
    const line = lineOf(seedText(), /^ {2}module QDD-800G-DR8$/);
    await w.retypeLine(line, 'module QDD-8');
    const rows = await w.suggestions();
    const offered = rows.filter((r) => r.split(',')[0] === 'QDD-800G-DR8');
    assert.equal(offered.length, 1, `QDD-800G-DR8 once in:\n${rows.join('\n')}`);
    assert.ok(rows.every((r) => r.split(',')[0].startsWith('QDD-')), `only QDD- modules:\n${rows.join('\n')}`);
    await w.page.keyboard.press('Escape');
    await w.runCommand('File: Revert File');
  });

  session.it('completes a declaration at top level once: `ti` offers one tier snippet', async () => {
    const w = session.window;
    await w.page.keyboard.press('Control+End');
    await w.page.keyboard.press('Enter');
    await w.page.keyboard.type('ti');
    const rows = await w.suggestions();
    assert.equal(rows.filter((r) => r.split(',')[0] === 'tier').length, 1, `tier once in:\n${rows.join('\n')}`);
    await w.page.keyboard.press('Escape');
    await w.runCommand('File: Revert File');
  });

  session.it('applies a quick fix from the light bulb: a fiber type the module supports', async () => {
    const w = session.window;
    const line = lineOf(seedText(), /^ {2}fiber OS2$/, lineOf(seedText(), /^link leaf\.up/));
    await w.retypeLine(line, 'fiber OM4');
    await session.eventually('the FAB102 squiggle', async () => assert.equal((await w.squiggles()).get(line), 'error'));
    await w.goToLine(line, 10);
    const titles = await w.applyFromLightBulb(/Use `fiber OS2`/);
    assert.ok(titles.some((t) => t.includes('Suppress FAB102 on this line')), `a suppression is offered too: ${titles.join(' | ')}`);
    await session.eventually('the fixed line', async () => assert.equal((await w.visibleLines()).get(line), '  fiber OS2'));
    await session.eventually('no squiggle on the fixed line', async () => assert.equal((await w.squiggles()).get(line), undefined));
    await w.runCommand('File: Revert File');
  });

  session.it('formats the document in the `fabric fmt` layout', async () => {
    const w = session.window;
    const file = path.join(session.folder, MESSY);
    const messy = fs.readFileSync(file, 'utf8');
    const expected = fabric(['fmt', '-'], messy);
    assert.notEqual(expected, messy, 'the file needs formatting');
    await w.openFile(MESSY);
    await session.eventually('the server', async () => assert.ok((await w.squiggles()) !== undefined));
    await w.runCommand('Format Document');
    await session.eventually('the formatted text', async () => {
      const lines = await w.visibleLines();
      assert.equal(lines.get(lineOf(expected, /^tier gpu \{/) + 1), expected.split('\n')[lineOf(expected, /^tier gpu \{/)]);
    });
    await w.page.keyboard.press('Control+S');
    await session.eventually('the saved file', async () => assert.equal(fs.readFileSync(file, 'utf8'), expected));
  });

  session.it('opens the report of the seed design with "Fabric: Show Report"', async () => {
    const w = session.window;
    await w.openFile(SEED);
    await w.runCommand('Fabric: Show Report');
    await w.page.locator('.tabs-container .tab', { hasText: `${SEED}.report.md` }).waitFor();
    const report = fabric(['report', path.join(session.folder, SEED)]);
    const it = /^\s*IT power\s+(.+?)\s*$/m.exec(report)![1];
    // The markdown preview is a webview: frames inside frames.
    await session.eventually('the rendered report', async () => {
      const texts = await Promise.all(w.page.frames().map((f) => f.locator('body').innerText().catch(() => '')));
      const shown = texts.find((t) => t.includes('Fabric report: seed-pod'));
      assert.ok(shown, 'a preview with the report');
      assert.ok(shown.includes(it), `IT power ${it} in the report`);
    });
  });

  session.it('compares the unsaved design with git HEAD with "Fabric: Compare with Git HEAD"', async () => {
    const w = session.window;
    await w.openFile(CLOS);
    const committed = fs.readFileSync(path.join(session.folder, CLOS), 'utf8');
    const line = lineOf(committed, /^ {2}count 128$/);
    await w.retypeLine(line, 'count 192');
    // What the CLI says of the same change, from two files outside the workspace.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-diff-'));
    fs.writeFileSync(path.join(scratch, 'old.fabric'), committed);
    fs.writeFileSync(path.join(scratch, 'new.fabric'), committed.replace(/^ {2}count 128$/m, '  count 192'));
    const cli = fabric(['diff', '--format', 'markdown', path.join(scratch, 'old.fabric'), path.join(scratch, 'new.fabric')]);
    fs.rmSync(scratch, { recursive: true, force: true });
    const headline = /^\*\*(.+)\*\*$/m.exec(cli)![1];
    assert.match(headline, /\+512 OSFP-400G-DR4/);
    await w.runCommand('Fabric: Compare with Git HEAD');
    await w.page.locator('.tabs-container .tab', { hasText: `${CLOS}.diff.md` }).waitFor();
    await session.eventually('the rendered diff', async () => {
      const texts = await Promise.all(w.page.frames().map((f) => f.locator('body').innerText().catch(() => '')));
      const shown = texts.find((t) => t.includes('Fabric diff: HEAD:three-tier-clos.fabric'));
      assert.ok(shown, 'a preview with the diff against HEAD');
      assert.ok(shown.includes(headline), `the CLI's headline "${headline}" in:\n${shown}`);
    });
    // The preview opened in a group of its own, with the focus; the edited file is in the one before.
    await w.runCommand('View: Focus Previous Editor Group');
    await w.runCommand('File: Revert File');
    await session.eventually('the reverted line', async () => assert.equal((await w.visibleLines()).get(line), '  count 128'));
  });

  session.it('showed no error notification, and the server never crashed', async () => {
    const errors = (await session.window.notifications()).filter((n) => n.severity === 'error');
    assert.deepEqual(errors, []);
    const log = session.vscode.outputChannel(OUTPUT_CHANNEL);
    assert.equal(log.match(/Starting the Fabric language server/g)?.length, 1, `one start in:\n${log}`);
    assert.doesNotMatch(log, /crashed|Unknown option|Exception|internal error|connection closed/i);
  });
});
