// The Java lookup and the command line the extension starts the server with.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it, before, after } from 'node:test';
import {
  DEBUG_PORT_ENV,
  DEBUG_SUSPEND_ENV,
  findJava,
  JavaNotFoundError,
  MIN_JAVA_VERSION,
  parseJavaVersion,
  resolveServerLaunch,
  serverArguments,
  ServerJarMissingError,
  serverJarPath,
} from '../src/server/javaLauncher';

describe('parseJavaVersion', () => {
  const cases: Array<[string, number | undefined]> = [
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
    ['java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)', 8],
    ['openjdk version "11.0.22" 2024-01-16 LTS', 11],
    ['openjdk version "21" 2023-09-19', 21],
    ['openjdk version "25-ea" 2025-09-16', 25],
    ['Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "22.0.1" 2024-04-16', 22],
    ['openjdk 21.0.1 2023-10-17\nOpenJDK Runtime Environment', 21],
    ['java 17.0.9 2023-10-17 LTS', 17],
    ['Error: could not open `/usr/lib/jvm/jvm.cfg`', undefined],
    ['', undefined],
  ];
  for (const [output, expected] of cases) {
    it(`reads ${expected ?? 'nothing'} from ${JSON.stringify(output.split('\n')[0])}`, () => {
      assert.equal(parseJavaVersion(output), expected);
    });
  }
});

describe('serverArguments', () => {
  it('runs the jar with the lsp command', () => {
    assert.deepEqual(serverArguments('/ext/server/fabric.jar', {}), [
      '-Dfile.encoding=UTF-8',
      '-jar',
      '/ext/server/fabric.jar',
      'lsp',
    ]);
  });
  it('adds a JDWP agent when a debug port is set', () => {
    const args = serverArguments('/x.jar', { [DEBUG_PORT_ENV]: '1054', [DEBUG_SUSPEND_ENV]: 'true' });
    assert.equal(args[0], '-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=localhost:1054');
    assert.deepEqual(args.slice(-3), ['-jar', '/x.jar', 'lsp']);
  });
  it('ignores a debug port that is not a number', () => {
    assert.deepEqual(serverArguments('/x.jar', { [DEBUG_PORT_ENV]: 'yes' }).length, 4);
  });
});

// Fake `java` executables (shell scripts printing a version banner) in temporary folders.
describe('findJava', { skip: process.platform === 'win32' ? 'uses shell-script stand-ins for java' : false }, () => {
  let tmp: string;
  const home = (name: string) => path.join(tmp, name);

  function fakeJava(name: string, banner: string): string {
    const bin = path.join(home(name), 'bin');
    fs.mkdirSync(bin, { recursive: true });
    const exe = path.join(bin, 'java');
    fs.writeFileSync(exe, `#!/bin/sh\necho '${banner}' >&2\n`, { mode: 0o755 });
    return exe;
  }

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-java-'));
    fakeJava('jdk8', 'java version "1.8.0_392"');
    fakeJava('jdk11', 'openjdk version "11.0.22" 2024-01-16');
    fakeJava('jdk17', 'openjdk version "17.0.15" 2025-04-15');
    fakeJava('jdk21', 'openjdk version "21.0.4" 2024-07-16');
    fakeJava('garbled', 'this is not java');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const pathOf = (...names: string[]) => names.map((n) => path.join(home(n), 'bin')).join(path.delimiter);

  it('uses fabric.java.home first, a Java home folder', async () => {
    const java = await findJava({ javaHome: home('jdk21'), env: { JAVA_HOME: home('jdk17'), PATH: pathOf('jdk17') } });
    assert.deepEqual(java, { executable: path.join(home('jdk21'), 'bin', 'java'), version: 21, source: 'fabric.java.home' });
  });

  it('accepts the java executable itself in fabric.java.home', async () => {
    const exe = path.join(home('jdk17'), 'bin', 'java');
    const java = await findJava({ javaHome: exe, env: {} });
    assert.equal(java.executable, exe);
    assert.equal(java.source, 'fabric.java.home');
  });

  it('does not fall back when fabric.java.home is too old, and says which setting to change', async () => {
    await assert.rejects(
      findJava({ javaHome: home('jdk11'), env: { JAVA_HOME: home('jdk21'), PATH: pathOf('jdk21') } }),
      (e: unknown) => {
        assert.ok(e instanceof JavaNotFoundError);
        assert.match(e.message, /"fabric\.java\.home"/);
        assert.match(e.message, /Java 11/);
        assert.match(e.message, new RegExp(`Java ${MIN_JAVA_VERSION} or newer`));
        return true;
      }
    );
  });

  it('reports a fabric.java.home that holds no java', async () => {
    await assert.rejects(findJava({ javaHome: path.join(tmp, 'nowhere'), env: {} }), (e: unknown) => {
      assert.ok(e instanceof JavaNotFoundError);
      assert.match(e.message, /"fabric\.java\.home" is ".*nowhere"/);
      assert.match(e.message, /bin\/java/);
      return true;
    });
  });

  it('uses JAVA_HOME when the setting is empty', async () => {
    const java = await findJava({ javaHome: '  ', env: { JAVA_HOME: home('jdk17'), PATH: pathOf('jdk21') } });
    assert.equal(java.source, 'JAVA_HOME');
    assert.equal(java.version, 17);
  });

  it('falls back to the PATH when JAVA_HOME is too old, skipping old and unreadable javas', async () => {
    const java = await findJava({ env: { JAVA_HOME: home('jdk8'), PATH: pathOf('jdk11', 'garbled', 'jdk21', 'jdk17') } });
    assert.deepEqual(java, { executable: path.join(home('jdk21'), 'bin', 'java'), version: 21, source: 'PATH' });
  });

  it('says plainly what it found and what to set when no Java 17+ exists', async () => {
    await assert.rejects(findJava({ env: { JAVA_HOME: home('jdk8'), PATH: pathOf('jdk11') } }), (e: unknown) => {
      assert.ok(e instanceof JavaNotFoundError);
      assert.match(e.message, /needs Java 17 or newer, and none was found/);
      assert.match(e.message, /jdk8.*\(from JAVA_HOME\): it is Java 8/);
      assert.match(e.message, /jdk11.*\(from PATH\): it is Java 11/);
      assert.match(e.message, /set "fabric\.java\.home"/);
      assert.match(e.message, /JAVA_HOME/);
      assert.equal(e.candidates.length, 2);
      return true;
    });
  });

  it('says so when there is no java at all', async () => {
    await assert.rejects(findJava({ env: { PATH: tmp } }), (e: unknown) => {
      assert.ok(e instanceof JavaNotFoundError);
      assert.match(e.message, /Neither "fabric\.java\.home" nor JAVA_HOME is set, and there is no java on the PATH/);
      return true;
    });
  });

  it('builds the launch from the extension folder', async () => {
    const ext = path.join(tmp, 'extension');
    fs.mkdirSync(path.join(ext, 'server'), { recursive: true });
    fs.writeFileSync(path.join(ext, 'server', 'fabric.jar'), 'PK');
    const launch = await resolveServerLaunch({ extensionRoot: ext, env: { PATH: pathOf('jdk17') } });
    assert.equal(launch.jar, serverJarPath(ext));
    assert.equal(launch.command, path.join(home('jdk17'), 'bin', 'java'));
    assert.deepEqual(launch.args, ['-Dfile.encoding=UTF-8', '-jar', serverJarPath(ext), 'lsp']);
  });

  it('fails clearly when the bundled jar is missing', async () => {
    await assert.rejects(resolveServerLaunch({ extensionRoot: path.join(tmp, 'empty'), env: { PATH: pathOf('jdk17') } }), (e: unknown) => {
      assert.ok(e instanceof ServerJarMissingError);
      assert.match(e.message, /server[\\/]fabric\.jar does not exist/);
      return true;
    });
  });
});
