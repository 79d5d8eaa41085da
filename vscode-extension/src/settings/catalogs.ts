/**
 * The `fabric.catalogs` setting, turned into the absolute paths the server is given in its
 * initializationOptions (`{ "catalogs": [...] }`). No `vscode` import: tested in Node.
 */
import * as os from 'os';
import * as path from 'path';

/**
 * Resolves each entry: `~` is the home folder, relative paths are taken from `baseDir` (the
 * first workspace folder); blank entries and duplicates are dropped, order is kept.
 */
export function resolveCatalogPaths(
  entries: readonly unknown[] | undefined,
  baseDir: string | undefined,
  home: string = os.homedir()
): string[] {
  const result: string[] = [];
  for (const entry of entries ?? []) {
    if (typeof entry !== 'string' || !entry.trim()) {
      continue;
    }
    let p = entry.trim();
    if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) {
      p = path.join(home, p.slice(1));
    }
    if (!path.isAbsolute(p)) {
      p = path.resolve(baseDir ?? process.cwd(), p);
    }
    p = path.normalize(p);
    if (!result.includes(p)) {
      result.push(p);
    }
  }
  return result;
}

/** The initializationOptions sent to the server. */
export interface FabricInitializationOptions {
  catalogs: string[];
}
