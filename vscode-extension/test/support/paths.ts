import * as fs from 'fs';
import * as path from 'path';

/** The extension's folder (tests run from out/test/). */
export const EXTENSION_ROOT = path.resolve(__dirname, '..', '..', '..');

export const PACKAGE_JSON = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, 'package.json'), 'utf8'));

/** The .vsix that `npm run package` writes. */
export const VSIX_PATH = path.join(EXTENSION_ROOT, `${PACKAGE_JSON.name}-${PACKAGE_JSON.version}.vsix`);

export function fixture(name: string): string {
  return path.join(EXTENSION_ROOT, 'test', 'fixtures', name);
}
