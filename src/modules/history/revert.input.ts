import { IdInput } from '../mutation/input.js';

export const RevertChangeInput = IdInput('RevertChangeInput', 'The change to undo.', 'The id of the change, from `history` or `changes`.', 'changeId');
export type RevertChangeInput = InstanceType<typeof RevertChangeInput>;
