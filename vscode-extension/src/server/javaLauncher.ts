/**
 * How the Fabric language server is started: which Java, which jar, which arguments.
 *
 * This module must not import `vscode`: the end-to-end test (test/e2e.test.ts) imports it
 * and starts the bundled server with exactly the same lookup and arguments as the extension.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The oldest Java release the server runs on (it is compiled with `--release 17`). */
export const MIN_JAVA_VERSION = 17;

/** Where the server jar sits inside the extension (copied there by `npm run copy-server`). */
export const SERVER_JAR_RELATIVE_PATH = path.join('server', 'fabric.jar');

/** Set to a port number to start the server with a JDWP agent listening on it. */
export const DEBUG_PORT_ENV = 'FABRIC_LSP_DEBUG_PORT';
/** With a debug port: set to `true` to make the server wait for the debugger before it starts. */
export const DEBUG_SUSPEND_ENV = 'FABRIC_LSP_DEBUG_SUSPEND';

export type JavaSource = 'fabric.java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaRuntime {
  /** Absolute path of the `java` executable. */
  executable: string;
  /** Feature release: 8 for 1.8.0_392, 17 for 17.0.15, 21 for 21-ea. */
  version: number;
  /** Where it was found. */
  source: JavaSource;
}

/** A `java` that was looked at, whether it could be used or not. */
export interface JavaCandidate {
  executable: string;
  source: JavaSource;
  version?: number;
  problem?: string;
}

/** No usable Java: the message says what was found and what to set. */
export class JavaNotFoundError extends Error {
  constructor(message: string, readonly candidates: JavaCandidate[]) {
    super(message);
    this.name = 'JavaNotFoundError';
  }
}

/** The server jar is not where the extension expects it (a broken build or package). */
export class ServerJarMissingError extends Error {
  constructor(readonly jarPath: string) {
    super(
      `The Fabric language server is missing: ${jarPath} does not exist. ` +
        'The extension package is incomplete; rebuild it (npm run copy-server && npm run package) ' +
        'after building the cli module, or reinstall the .vsix.'
    );
    this.name = 'ServerJarMissingError';
  }
}

export interface FindJavaOptions {
  /** Value of the `fabric.java.home` setting: a Java home folder or a `java` executable. */
  javaHome?: string | null;
  /** Environment to read JAVA_HOME and PATH from (default: process.env). */
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Reads the version of one executable (default: runs `java -version`). */
  probe?: (executable: string) => Promise<string>;
}

export interface ServerLaunchOptions extends FindJavaOptions {
  /** Root folder of the installed extension (the one holding package.json and server/). */
  extensionRoot: string;
}

export interface ServerLaunch {
  java: JavaRuntime;
  jar: string;
  command: string;
  args: string[];
}

/**
 * The Java feature release named in the output of `java -version` (or `--version`), or
 * undefined when the text names none.
 */
export function parseJavaVersion(output: string): number | undefined {
  // `openjdk version "17.0.15" 2025-04-15`, `java version "1.8.0_392"`, `openjdk version "21-ea"`
  const quoted = /version\s+"([^"]+)"/.exec(output);
  // `openjdk 21.0.1 2023-10-17` (the --version form)
  const bare = /^(?:openjdk|java)\s+(\d[\w.+-]*)/m.exec(output);
  const text = quoted?.[1] ?? bare?.[1];
  if (!text) {
    return undefined;
  }
  const parts = /^(\d+)(?:\.(\d+))?/.exec(text);
  if (!parts) {
    return undefined;
  }
  const major = Number(parts[1]);
  if (major === 1 && parts[2] !== undefined) {
    return Number(parts[2]); // 1.8.0 is Java 8
  }
  return major;
}

/** `<home>/bin/java` (`java.exe` on Windows). */
export function javaExecutableIn(javaHome: string, platform: NodeJS.Platform = process.platform): string {
  return path.join(javaHome, 'bin', platform === 'win32' ? 'java.exe' : 'java');
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isExecutable(p: string, platform: NodeJS.Platform): boolean {
  if (!isFile(p)) {
    return false;
  }
  if (platform === 'win32') {
    return true;
  }
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The `java` executables on the PATH, in PATH order. */
export function javaOnPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string[] {
  const pathValue = env.PATH ?? env.Path ?? '';
  const delimiter = platform === 'win32' ? ';' : ':';
  const names = platform === 'win32' ? ['java.exe', 'java.cmd', 'java.bat'] : ['java'];
  const found: string[] = [];
  for (const dir of pathValue.split(delimiter)) {
    if (!dir) {
      continue;
    }
    for (const name of names) {
      const candidate = path.resolve(dir, name);
      if (isExecutable(candidate, platform) && !found.includes(candidate)) {
        found.push(candidate);
      }
    }
  }
  return found;
}

/** Runs `java -version` and returns what it printed (the JDK prints it on stderr). */
export function runJavaVersion(executable: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(executable, ['-version'], { timeout: 20000, windowsHide: true }, (error, stdout, stderr) => {
      const text = `${stderr}${stdout}`;
      if (error && !text.trim()) {
        reject(error);
      } else {
        resolve(text);
      }
    });
  });
}

async function examine(
  executable: string,
  source: JavaSource,
  probe: (executable: string) => Promise<string>
): Promise<JavaCandidate> {
  try {
    const version = parseJavaVersion(await probe(executable));
    if (version === undefined) {
      return { executable, source, problem: 'its version could not be read' };
    }
    if (version < MIN_JAVA_VERSION) {
      return { executable, source, version, problem: `it is Java ${version}` };
    }
    return { executable, source, version };
  } catch (e) {
    return { executable, source, problem: `it could not be run (${(e as Error).message})` };
  }
}

const WHAT_TO_SET =
  `Install a JDK or JRE ${MIN_JAVA_VERSION} or newer, then set "fabric.java.home" in the settings ` +
  `to its folder (the one that holds bin/java), or set the JAVA_HOME environment variable, ` +
  `or put its java on the PATH.`;

function describe(c: JavaCandidate): string {
  return `${c.executable} (from ${c.source}): ${c.problem}`;
}

/**
 * Finds the Java to run the server with: the `fabric.java.home` setting when it is set (and
 * then only that one), otherwise JAVA_HOME, otherwise the first `java` on the PATH that is
 * Java 17 or newer. Throws a {@link JavaNotFoundError} whose message says what to set.
 */
export async function findJava(options: FindJavaOptions = {}): Promise<JavaRuntime> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const probe = options.probe ?? runJavaVersion;
  const configured = options.javaHome?.trim();

  if (configured) {
    const executable = isFile(configured) ? configured : javaExecutableIn(configured, platform);
    if (!isFile(executable)) {
      throw new JavaNotFoundError(
        `The setting "fabric.java.home" is "${configured}", but there is no ${path.basename(executable)} ` +
          `there (looked for ${executable}). Set it to the folder of a Java ${MIN_JAVA_VERSION}+ ` +
          `installation (the one that holds bin/java), or clear it to use JAVA_HOME or the PATH.`,
        [{ executable, source: 'fabric.java.home', problem: 'it does not exist' }]
      );
    }
    const c = await examine(executable, 'fabric.java.home', probe);
    if (c.problem) {
      throw new JavaNotFoundError(
        `The Java set in "fabric.java.home" cannot run the Fabric language server: ${describe(c)}; ` +
          `it needs Java ${MIN_JAVA_VERSION} or newer. ${WHAT_TO_SET}`,
        [c]
      );
    }
    return { executable, version: c.version!, source: 'fabric.java.home' };
  }

  const candidates: JavaCandidate[] = [];
  const javaHomeEnv = env.JAVA_HOME?.trim();
  if (javaHomeEnv) {
    const executable = javaExecutableIn(javaHomeEnv, platform);
    if (isFile(executable)) {
      candidates.push(await examine(executable, 'JAVA_HOME', probe));
    } else {
      candidates.push({ executable, source: 'JAVA_HOME', problem: 'it does not exist' });
    }
  }
  const usable = candidates.find((c) => !c.problem);
  if (usable) {
    return { executable: usable.executable, version: usable.version!, source: usable.source };
  }
  for (const executable of javaOnPath(env, platform)) {
    const c = await examine(executable, 'PATH', probe);
    candidates.push(c);
    if (!c.problem) {
      return { executable, version: c.version!, source: 'PATH' };
    }
  }

  const seen = candidates.length
    ? ` Found: ${candidates.map(describe).join('; ')}.`
    : ' Neither "fabric.java.home" nor JAVA_HOME is set, and there is no java on the PATH.';
  throw new JavaNotFoundError(
    `The Fabric language server needs Java ${MIN_JAVA_VERSION} or newer, and none was found.${seen} ${WHAT_TO_SET}`,
    candidates
  );
}

/** Path of the bundled server jar inside an extension folder. */
export function serverJarPath(extensionRoot: string): string {
  return path.join(extensionRoot, SERVER_JAR_RELATIVE_PATH);
}

/**
 * JVM and program arguments: `[-agentlib:jdwp=...] -Dfile.encoding=UTF-8 -jar <jar> lsp`.
 * The server speaks LSP on stdin/stdout.
 */
export function serverArguments(jar: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const args: string[] = [];
  const debugPort = env[DEBUG_PORT_ENV]?.trim();
  if (debugPort && /^\d+$/.test(debugPort)) {
    const suspend = env[DEBUG_SUSPEND_ENV] === 'true' ? 'y' : 'n';
    args.push(`-agentlib:jdwp=transport=dt_socket,server=y,suspend=${suspend},address=localhost:${debugPort}`);
  }
  args.push('-Dfile.encoding=UTF-8', '-jar', jar, 'lsp');
  return args;
}

/**
 * Everything needed to start the server: finds Java (see {@link findJava}), checks the bundled
 * jar is there, and builds the command line.
 */
export async function resolveServerLaunch(options: ServerLaunchOptions): Promise<ServerLaunch> {
  const jar = serverJarPath(options.extensionRoot);
  if (!isFile(jar)) {
    throw new ServerJarMissingError(jar);
  }
  const java = await findJava(options);
  return { java, jar, command: java.executable, args: serverArguments(jar, options.env ?? process.env) };
}
