/** Guards mutations (type-graphql's @Authorized): editor or admin keys; admin includes editor. */
import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context.js';
import { ApiRole } from '../db/enums.js';

export const authChecker: AuthChecker<Context, ApiRole> = ({ context }, roles) => {
  const { viewer } = context;
  if (viewer.kind === 'anonymous') {
    throw new GraphQLError('This operation needs an API key: send `Authorization: Bearer <key>` (an admin creates keys with `npm run key:create`).', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  if (viewer.kind === 'invalid') {
    throw new GraphQLError('The API key is not valid or has been revoked.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  if (viewer.role === ApiRole.ADMIN || roles.length === 0 || roles.includes(viewer.role)) return true;
  throw new GraphQLError(`This operation needs the ${roles.join(' or ')} role; the key "${viewer.name}" has ${viewer.role}.`, {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
};
