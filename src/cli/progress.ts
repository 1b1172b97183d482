/** The command-line tools' progress display (export, import). */

import type { Progress } from '../export/export.js';

/** A percentage on a terminal, redrawn when it changes; nothing when stderr is a file or a pipe. */
export function progressBar(label: string): { progress?: Progress; done(): void } {
  if (!process.stderr.isTTY) return { done: () => {} };
  let shown = -1;
  const progress: Progress = (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent === shown) return;
    shown = percent;
    const width = 30;
    const filled = Math.round((percent / 100) * width);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}% (${done}/${total} rows)`);
  };
  return { progress, done: () => shown >= 0 && process.stderr.write('\n') };
}
