/** The process-wide structured logger (JSON lines on stdout, one object per event). */
import { pino, type Logger } from 'pino';

export function createLogger(options: { level?: string } = {}): Logger {
  return pino({ level: options.level ?? process.env.LOG_LEVEL ?? 'info' });
}
