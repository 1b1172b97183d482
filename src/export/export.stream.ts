/** Writes that wait when the reader is slower than the export (backpressure), and stop when it goes away. */
import type { Writable } from 'node:stream';

/** The reader closed the stream before the export ended (a client that disconnected). */
export class ExportAbortedError extends Error {}

export async function put(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) throw new ExportAbortedError('the output was closed');
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', onDrain).off('close', onClose).off('error', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new ExportAbortedError('the output was closed'));
    out.on('drain', onDrain).on('close', onClose).on('error', onClose);
  });
}
