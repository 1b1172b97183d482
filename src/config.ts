/** Settings read from the environment, with the defaults the README documents. */
export function databasePath(): string {
  return process.env.DATABASE_PATH ?? './data/sportsgraph.db';
}

export function port(): number {
  const value = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535; got "${process.env.PORT}".`);
  }
  return value;
}

/** The interface to listen on: loopback unless HOST says otherwise (0.0.0.0 for every interface). */
export function host(): string {
  return process.env.HOST ?? '127.0.0.1';
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === 'production';
}

/** A shared secret a trusted gateway sends to get federated traces (`ftv1`); unset: no traces for anyone. */
export function gatewayTraceToken(): string | undefined {
  return process.env.GATEWAY_TRACE_TOKEN || undefined;
}
