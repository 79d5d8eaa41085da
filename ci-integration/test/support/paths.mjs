// Where things are: the repository under test and the CLI the reactor built.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const JAR = path.join(ROOT, 'cli', 'target', 'fabric.jar');
export const EXAMPLES = path.join(ROOT, 'examples');
