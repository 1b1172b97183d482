/**
 * `Cache-Control` on GraphQL answers, written by Apollo's cache-control plugin (which also makes
 * any answer with errors `no-store`). Reads do not depend on who asks, so each operation's policy
 * is set before it runs: a query may be kept `CACHE_MAX_AGE` seconds by any cache (`public`), or
 * by the caller's own only (`private`) when it carries an Authorization header; a mutation is
 * `no-store`. Apollo's per-field hints are not used: compiled queries (compiled-execution.ts) run
 * no per-field hooks, and a policy known up front costs nothing per field.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';

export function cachePolicyPlugins<TContext extends BaseContext>(maxAge: number): ApolloServerPlugin<TContext>[] {
  const policy: ApolloServerPlugin<TContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, overallCachePolicy }) {
          if (operation?.operation !== 'query') return overallCachePolicy.restrict({ maxAge: 0 });
          const scope = request.http?.headers.get('authorization') ? 'PRIVATE' : 'PUBLIC';
          overallCachePolicy.restrict({ maxAge, scope });
        },
      };
    },
  };
  return [ApolloServerPluginCacheControl({ defaultMaxAge: maxAge }), policy];
}
