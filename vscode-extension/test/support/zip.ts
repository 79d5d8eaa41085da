import * as yauzl from 'yauzl';

/** Every file of a zip (a .vsix or a .jar), by entry name. */
export function readZip(source: string | Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const opened = (err: Error | null, zip?: yauzl.ZipFile) => {
      if (err || !zip) {
        reject(err ?? new Error('cannot open zip'));
        return;
      }
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) {
            reject(e ?? new Error(`cannot read ${entry.fileName}`));
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    };
    if (typeof source === 'string') {
      yauzl.open(source, { lazyEntries: true }, opened);
    } else {
      yauzl.fromBuffer(source, { lazyEntries: true }, opened);
    }
  });
}
