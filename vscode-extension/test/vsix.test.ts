// The packaged extension (npm run package): it must hold the real server jar, the grammar and a
// manifest whose contributions point at files that are in the package.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { EXTENSION_ROOT, PACKAGE_JSON, VSIX_PATH } from './support/paths';
import { readZip } from './support/zip';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe(`the packaged extension ${path.basename(VSIX_PATH)}`, () => {
  let files: Map<string, Buffer>;
  let manifest: any;

  before(async () => {
    if (!fs.existsSync(VSIX_PATH)) {
      throw new Error(
        `${VSIX_PATH} does not exist: package the extension first (npm run build, or mvn verify), then run the tests.`
      );
    }
    files = await readZip(VSIX_PATH);
    const pkg = files.get('extension/package.json');
    assert.ok(pkg, 'extension/package.json is in the package');
    manifest = JSON.parse(pkg.toString('utf8'));
  });

  const inPackage = (relative: string) => `extension/${path.posix.normalize(relative.replace(/^\.\//, ''))}`;

  it('is named after the manifest and holds the VSIX metadata', () => {
    assert.equal(manifest.name, PACKAGE_JSON.name);
    assert.equal(manifest.version, PACKAGE_JSON.version);
    assert.equal(path.basename(VSIX_PATH), `fabric-lint-${PACKAGE_JSON.version}.vsix`);
    const vsixManifest = files.get('extension.vsixmanifest')?.toString('utf8') ?? '';
    assert.match(vsixManifest, new RegExp(`<Identity [^>]*Id="${manifest.name}"[^>]*Version="${manifest.version}"`));
    assert.ok(files.has('[Content_Types].xml'));
  });

  it('holds the real server jar: the one in server/, with a Main-Class and the server classes', async () => {
    const jar = files.get('extension/server/fabric.jar');
    assert.ok(jar, 'extension/server/fabric.jar is in the package');
    const local = path.join(EXTENSION_ROOT, 'server', 'fabric.jar');
    assert.ok(fs.existsSync(local), `${local} exists (npm run copy-server)`);
    assert.equal(sha256(jar), sha256(fs.readFileSync(local)), 'the packaged jar is server/fabric.jar');
    assert.ok(jar.length > 100_000, `a real shaded jar, not a placeholder (${jar.length} bytes)`);
    const entries = await readZip(jar);
    const mf = entries.get('META-INF/MANIFEST.MF')?.toString('utf8') ?? '';
    assert.match(mf, /^Main-Class: \S+/m);
    const names = [...entries.keys()];
    assert.ok(names.some((n) => n.startsWith('io/fabriclint/') && n.endsWith('.class')), 'io.fabriclint classes');
    assert.ok(names.some((n) => n.startsWith('org/eclipse/lsp4j/')), 'LSP4J is shaded in');
  });

  it('has every file its contributes section names, identical to the sources', () => {
    const c = manifest.contributes;
    const named: string[] = [
      ...c.languages.map((l: any) => l.configuration),
      ...c.grammars.map((g: any) => g.path),
    ];
    assert.ok(named.length >= 2);
    for (const f of named) {
      const packed = files.get(inPackage(f));
      assert.ok(packed, `${f} is in the package`);
      assert.ok(packed.equals(fs.readFileSync(path.join(EXTENSION_ROOT, f))), `${f} is the current file`);
    }
    const grammar = JSON.parse(files.get(inPackage(c.grammars[0].path))!.toString('utf8'));
    assert.equal(grammar.scopeName, 'source.fabric');
    assert.equal(c.grammars[0].scopeName, 'source.fabric');
    assert.equal(c.grammars[0].language, 'fabric');
    assert.deepEqual(c.languages.map((l: any) => l.id), ['fabric']);
    assert.deepEqual(c.languages[0].extensions, ['.fabric']);
    assert.deepEqual(Object.keys(c.configuration.properties).sort(), ['fabric.catalogs', 'fabric.java.home', 'fabric.trace.server']);
    assert.deepEqual(c, PACKAGE_JSON.contributes, 'the packaged manifest is the current one');
  });

  it('has the compiled client and its runtime dependencies, and nothing for development', () => {
    assert.ok(files.has(inPackage(manifest.main.endsWith('.js') ? manifest.main : `${manifest.main}.js`)), `main ${manifest.main}`);
    for (const f of ['out/src/server/javaLauncher.js', 'out/src/client/fabricClient.js']) {
      assert.ok(files.has(inPackage(f)), `${f} is in the package`);
    }
    for (const dep of Object.keys(PACKAGE_JSON.dependencies)) {
      assert.ok(files.has(`extension/node_modules/${dep}/package.json`), `runtime dependency ${dep}`);
    }
    const names = [...files.keys()];
    // vsce stores the README as readme.md.
    assert.ok(names.some((n) => n.toLowerCase() === 'extension/readme.md'), 'the README');
    const unwanted = names.filter((n) =>
      /^extension\/(src|test|scripts|out\/test|target|real-vscode)\//.test(n) ||
      /^extension\/node_modules\/(typescript|@vscode\/vsce|vscode-tmgrammar-test|@types|playwright-core)\//.test(n) ||
      /\.(ts|map|vsix)$/.test(n) ||
      /^extension\/(pom\.xml|tsconfig(\.\w+)?\.json|\.npmrc|package-lock\.json)$/.test(n)
    );
    assert.deepEqual(unwanted, []);
  });
});
