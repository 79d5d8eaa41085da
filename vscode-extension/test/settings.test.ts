// Client-side pieces that need no VS Code: catalog paths, request results, the manifest.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { FabricCommands } from '../src/commands/commandConstants';
import { isPowerSummary, isReportResult } from '../src/client/protocol';
import { resolveCatalogPaths } from '../src/settings/catalogs';
import { EXTENSION_ROOT, PACKAGE_JSON } from './support/paths';

describe('resolveCatalogPaths', () => {
  it('resolves relative paths against the workspace and ~ against home, dropping blanks and duplicates', () => {
    const ws = path.resolve('/work/space');
    const home = path.resolve('/home/architect');
    assert.deepEqual(
      resolveCatalogPaths(['optics/vendor.json', '', '  ', '~/catalogs/lab.json', path.join(ws, 'optics', 'vendor.json'), 42, '/abs/x.json'], ws, home),
      [path.join(ws, 'optics', 'vendor.json'), path.join(home, 'catalogs', 'lab.json'), path.resolve('/abs/x.json')]
    );
  });
  it('gives an empty list for an unset setting', () => {
    assert.deepEqual(resolveCatalogPaths(undefined, '/w'), []);
  });
});

describe('custom request results', () => {
  it('accepts only well-formed power summaries and reports', () => {
    assert.ok(isPowerSummary({ it: 16192, facility: 21049.6, itText: '16,192 W', facilityText: '21.0 kW' }));
    assert.ok(!isPowerSummary({ it: 16192, facility: 21049.6 }), 'the server formats the figures');
    assert.ok(!isPowerSummary({ it: '16192', facility: 1, itText: '', facilityText: '' }));
    assert.ok(!isPowerSummary(null));
    assert.ok(!isPowerSummary({ it: NaN, facility: 1, itText: '', facilityText: '' }));
    assert.ok(isReportResult({ text: '# Report' }));
    assert.ok(!isReportResult({ markdown: '# Report' }));
  });
});

describe('package.json manifest', () => {
  const contributes = PACKAGE_JSON.contributes;

  it('contributes exactly the commands the extension registers', () => {
    const contributed = contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, Object.values(FabricCommands).sort());
    const report = contributes.commands.find((c: { command: string }) => c.command === FabricCommands.SHOW_REPORT);
    assert.equal(`${report.category}: ${report.title}`, 'Fabric: Show Report');
  });

  it('contributes the three settings', () => {
    const settings = contributes.configuration.properties;
    assert.deepEqual(Object.keys(settings).sort(), ['fabric.catalogs', 'fabric.java.home', 'fabric.trace.server']);
    assert.equal(settings['fabric.catalogs'].type, 'array');
    assert.deepEqual(settings['fabric.trace.server'].enum, ['off', 'messages', 'verbose']);
  });

  it('points at files that exist, and the grammar has the scope the manifest names', () => {
    const files = [
      ...contributes.languages.map((l: { configuration: string }) => l.configuration),
      ...contributes.grammars.map((g: { path: string }) => g.path),
    ];
    for (const f of files) {
      assert.ok(fs.existsSync(path.join(EXTENSION_ROOT, f)), `${f} exists`);
    }
    const grammar = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, contributes.grammars[0].path), 'utf8'));
    assert.equal(grammar.scopeName, contributes.grammars[0].scopeName);
    assert.deepEqual(contributes.languages[0].extensions, ['.fabric']);
  });

  it('has no snippets of its own: the server completes declarations, so each is offered once', () => {
    assert.equal(contributes.snippets, undefined);
  });

  it('runs in Restricted Mode, where a workspace cannot choose the Java that runs the server', () => {
    const trust = PACKAGE_JSON.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.deepEqual(trust.restrictedConfigurations, ['fabric.java.home']);
  });

  it('has a language configuration with comments, brackets, auto-closing and indentation', () => {
    const conf = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, 'language-configuration.json'), 'utf8'));
    assert.deepEqual(conf.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
    assert.deepEqual(conf.brackets, [['{', '}'], ['[', ']']]);
    assert.ok(conf.autoClosingPairs.some((p: { open: string }) => p.open === '{'));
    const increase = new RegExp(conf.indentationRules.increaseIndentPattern);
    assert.ok(increase.test('tier leaf {'));
    assert.ok(increase.test('link a.up -> b.down { // uplinks'));
    assert.ok(!increase.test('  count 4'));
    assert.ok(new RegExp(conf.indentationRules.decreaseIndentPattern).test('  }'));
    // Completion replaces whole module names: QDD-4 is one word, and so is QDD-400G-SR4.2.
    const word = new RegExp(conf.wordPattern, 'g');
    assert.deepEqual('module QDD-4'.match(word), ['module', 'QDD-4']);
    assert.deepEqual('like QDD-400G-SR4.2'.match(word), ['like', 'QDD-400G-SR4.2']);
    assert.deepEqual('leaf.up'.match(word), ['leaf', 'up']);
  });
});
