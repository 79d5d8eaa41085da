// Client-side pieces that need no VS Code: catalog paths, power figures, command IDs.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { FabricCommands } from '../src/commands/commandConstants';
import { formatPower, isPowerSummary, isReportResult } from '../src/client/protocol';
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

describe('formatPower', () => {
  const cases: Array<[number, string]> = [
    [0, '0 W'],
    [750, '750 W'],
    [999.6, '1000 W'],
    [1500, '1.5 kW'],
    [2000, '2 kW'],
    [16192, '16.2 kW'],
    [21049.6, '21 kW'],
    [204800, '205 kW'],
    [1250000, '1.25 MW'],
  ];
  for (const [watts, text] of cases) {
    it(`${watts} W is "${text}"`, () => assert.equal(formatPower(watts), text));
  }
});

describe('custom request results', () => {
  it('accepts only well-formed power summaries and reports', () => {
    assert.ok(isPowerSummary({ it: 16192, facility: 21049.6 }));
    assert.ok(!isPowerSummary({ it: '16192', facility: 1 }));
    assert.ok(!isPowerSummary(null));
    assert.ok(!isPowerSummary({ it: NaN, facility: 1 }));
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
      ...contributes.snippets.map((s: { path: string }) => s.path),
    ];
    for (const f of files) {
      assert.ok(fs.existsSync(path.join(EXTENSION_ROOT, f)), `${f} exists`);
    }
    const grammar = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, contributes.grammars[0].path), 'utf8'));
    assert.equal(grammar.scopeName, contributes.grammars[0].scopeName);
    assert.deepEqual(contributes.languages[0].extensions, ['.fabric']);
  });

  it('has the snippets the issue asks for', () => {
    const snippets = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, 'snippets', 'fabric.json'), 'utf8'));
    const prefixes = Object.values(snippets).map((s) => (s as { prefix: string }).prefix);
    for (const p of ['tier', 'link', 'module', 'rack', 'fabric']) {
      assert.ok(prefixes.includes(p), `snippet ${p}`);
    }
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
