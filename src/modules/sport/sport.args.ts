/** The arguments of every connection of Sport items: filter, order, page. */
import { isNotNull, isNull } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { filterBy, ListOf } from '../../shared/list.js';

export const sportList = ListOf(t.sports, {
  plural: 'sports',
  filter: {
    topLevel: filterBy(() => Boolean, 'When true, only sports with no parent (aquatics); when false, only disciplines.',
      (topLevel: boolean) => (topLevel ? isNull(t.sports.parentId) : isNotNull(t.sports.parentId))),
  },
  order: {
    NAME: ['The English name.', t.sports.name],
    CODE: ['The code.', t.sports.code],
  },
});
export const SportArgs = sportList.Args;
export type SportArgs = InstanceType<typeof SportArgs>;
