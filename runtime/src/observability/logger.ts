// Structured JSON logs (pino) to stdout.
import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'onego' }, timestamp: pino.stdTimeFunctions.isoTime });
}
