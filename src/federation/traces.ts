/**
 * Federated traces (`ftv1`) tell how long each resolver ran: useful to a gateway's operators,
 * a map of the server's internals to anyone else. They are off unless GATEWAY_TRACE_TOKEN is
 * set, and then only for requests that carry it in `x-gateway-trace-token`.
 */
import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';

export const TRACE_TOKEN_HEADER = 'x-gateway-trace-token';

export function federatedTracePlugins(token: string | undefined): ApolloServerPlugin[] {
  if (!token) return [ApolloServerPluginInlineTraceDisabled()];
  const expected = Buffer.from(token);
  const untrusted: ApolloServerPlugin = {
    // Runs before the trace plugin reads the header: a request without the token never asked.
    async requestDidStart({ request }) {
      const given = Buffer.from(request.http?.headers.get(TRACE_TOKEN_HEADER) ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) request.http?.headers.delete('apollo-federation-include-trace');
    },
  };
  return [untrusted, ApolloServerPluginInlineTrace()];
}
