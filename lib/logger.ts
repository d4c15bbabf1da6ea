/**
 * Structured logging: one JSON object per line on stdout, with the service name on
 * every line, so the logs of all processes of the stack can be merged and filtered.
 */
/** `alert`: someone must act now (for example a caller past the limit on bulk personal-data reads). */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'alert';

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, alert: 50 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  alert(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export function parseLogLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info';
  if (value in LEVELS) return value as LogLevel;
  throw new Error(`LOG_LEVEL must be one of ${Object.keys(LEVELS).join(', ')}; got "${value}"`);
}

export function createLogger(service: string, level: LogLevel = parseLogLevel(process.env.LOG_LEVEL), base: LogFields = {}): Logger {
  const threshold = LEVELS[level];
  const write = (lvl: LogLevel, msg: string, fields?: LogFields) => {
    if (LEVELS[lvl] < threshold) return;
    const line: LogFields = { time: new Date().toISOString(), level: lvl, service, msg, ...base, ...fields };
    if (line.err instanceof Error) line.err = { name: line.err.name, message: line.err.message, stack: line.err.stack };
    process.stdout.write(JSON.stringify(line) + '\n');
  };
  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    alert: (msg, fields) => write('alert', msg, fields),
    child: (fields) => createLogger(service, level, { ...base, ...fields }),
  };
}

/** Our logger in the shape Apollo Server and the gateway log through (their messages are plain strings). */
export function apolloLogger(logger: Logger) {
  return {
    debug: (message: unknown) => logger.debug(String(message)),
    info: (message: unknown) => logger.info(String(message)),
    warn: (message: unknown) => logger.warn(String(message)),
    error: (message: unknown) => logger.error(String(message)),
  };
}
