/** Exports DATABASE_PATH as `argv[2]` to /dev/null in this process, then prints the bytes written and the process's peak RSS (VmHWM). */
import { createWriteStream, readFileSync } from 'node:fs';
import { Transform } from 'node:stream';
import { exportToStream, openExportReader, type ExportFormat } from '../../src/export/export.js';

const db = openExportReader(process.env.DATABASE_PATH!);
let bytes = 0;
const sink = createWriteStream('/dev/null');
const counting = new Transform({ transform(chunk: Buffer, _encoding, callback) { bytes += chunk.length; callback(null, chunk); } });
counting.pipe(sink);
await exportToStream(db, { format: process.argv[2] as Exclude<ExportFormat, 'csv'>, filter: {} }, counting);
db.$client.close();
const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
console.info(JSON.stringify({ bytes, peakKb }));
