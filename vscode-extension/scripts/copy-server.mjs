// Copies the language server (the CLI's shaded jar, run as `java -jar fabric.jar lsp`) into
// server/fabric.jar, where the extension and its package expect it.
// Source: $FABRIC_SERVER_JAR if set, else ../cli/target/fabric.jar (built by `mvn package` in cli).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.resolve(process.env.FABRIC_SERVER_JAR || path.join(root, '..', 'cli', 'target', 'fabric.jar'));
const target = path.join(root, 'server', 'fabric.jar');

if (!fs.existsSync(source)) {
  console.error(
    `copy-server: the server jar ${source} does not exist.\n` +
      'Build it first: from the repository root, `mvn -B package -pl cli -am` (or `mvn verify`), ' +
      'or point FABRIC_SERVER_JAR at a built fabric.jar.'
  );
  process.exit(1);
}
const head = Buffer.alloc(4);
const fd = fs.openSync(source, 'r');
fs.readSync(fd, head, 0, 4, 0);
fs.closeSync(fd);
if (head.readUInt32LE(0) !== 0x04034b50) {
  console.error(`copy-server: ${source} is not a jar (zip) file.`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(source, target);
console.log(`copy-server: ${path.relative(root, source)} -> ${path.relative(root, target)} (${fs.statSync(target).size} bytes)`);
