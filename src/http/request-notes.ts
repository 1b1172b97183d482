/**
 * What the HTTP layer knows of one request and what the GraphQL layer tells it back, for the
 * request's log lines and metrics: one object, made when the request arrives, reached from the
 * GraphQL context as `ctx.notes`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { clip } from '../shared/client-text.js';

export interface RequestNotes {
  /** From `x-request-id`, or made up (request-id.ts); in every log line and in the answer's headers. */
  readonly requestId: string;
  /** The request's logger: each line it writes carries `requestId`. */
  readonly logger: Logger;
  /** The operation's name: the one the client sent, then the one GraphQL resolved (clipped; they come from the client). */
  operationName?: string;
  /** Whether GraphQL found an operation to run (anonymous ones included). */
  resolved?: boolean;
  /** `extensions.code` of every error in the answer, in order. */
  errorCodes?: string[];
}

/** A request's notes; its logger is made when first used (most requests only write their request line). */
export function requestNotes(requestId: string, base: Logger): RequestNotes {
  let logger: Logger | undefined;
  return {
    requestId,
    get logger() {
      return (logger ??= base.child({ requestId }));
    },
  };
}

/** Tells the request's notes what GraphQL found: the operation, and the codes of the errors answered. */
export function requestNotesPlugin<TContext extends { notes?: RequestNotes }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const { notes } = contextValue;
      if (!notes) return; // not a request over HTTP (a test, a heavy query's worker thread)
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          notes.resolved = true;
          if (operationName) notes.operationName = clip(operationName);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const codes = response.body.singleResult.errors?.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          if (codes) notes.errorCodes = codes;
        },
      };
    },
  };
}
