/** The SQL behind the filter and orderBy arguments of Sport connections. */
import { sportList, type SportArgs } from './sport.args.js';

export function sportSelection(args: SportArgs) {
  return sportList.selection(args);
}
