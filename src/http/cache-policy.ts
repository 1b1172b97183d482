/**
 * `Cache-Control` on GraphQL answers. Reads do not depend on who asks, so an operation's policy is
 * known once it is resolved: a query may be kept `CACHE_MAX_AGE` seconds by any cache (`public`),
 * or by the caller's own only (`private`) when it carries an Authorization header; a mutation, and
 * any answer with errors, is `no-store`.
 *
 * Apollo's cache-control plugin stays disabled (src/server.ts): it computes a policy from per-field
 * hints through a hook on every field, which compiled queries (compiled-execution.ts) never call
 * and which made a filtered query of 100 countries with their names cost about 30% more CPU; no
 * field of this schema needs a policy of its own.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

export function cachePolicyPlugin<TContext extends BaseContext>(maxAge: number): ApolloServerPlugin<TContext> {
  const shared = maxAge > 0 ? `max-age=${maxAge}, public` : 'no-store';
  const own = maxAge > 0 ? `max-age=${maxAge}, private` : 'no-store';
  return {
    async requestDidStart() {
      let policy = 'no-store';
      return {
        async didResolveOperation({ operation, request }) {
          if (operation?.operation === 'query') policy = request.http?.headers.get('authorization') ? own : shared;
        },
        async willSendResponse({ response }) {
          const failed = response.body.kind !== 'single' || response.body.singleResult.errors !== undefined;
          response.http.headers.set('cache-control', failed ? 'no-store' : policy);
        },
      };
    },
  };
}
