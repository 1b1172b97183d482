/** Errors a client may see, each with a fixed `extensions.code`. Anything else is masked. */
import { GraphQLError } from 'graphql';

export class UserInputError extends GraphQLError {
  constructor(message: string, argumentName?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) } });
  }
}

export class InvalidIdError extends GraphQLError {
  constructor(id: string, argumentName = 'id') {
    super(`"${id}" is not an id issued by this API; ids come from the \`id\` field of an object.`, {
      extensions: { code: 'INVALID_ID', argumentName },
    });
  }
}
