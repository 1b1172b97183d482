/** Inputs of the merge mutations: two records of one body or one person, the second merged into the first. */
import { MergeInputOf } from '../mutation/input.js';

export const MergeOrganizationsInput = MergeInputOf('MergeOrganizationsInput', 'Two records of the same organisation: everything of the second moves to the first.', {
  survivor: 'The organisation that stays; it keeps its handle and fields.',
  merged: 'The duplicate. Its facts and citations move to the survivor; its id and handle then resolve to the survivor.',
});
export type MergeOrganizationsInput = InstanceType<typeof MergeOrganizationsInput>;

export const MergePeopleInput = MergeInputOf('MergePeopleInput', 'Two records of the same person: everything of the second moves to the first.', {
  survivor: 'The person record that stays; it keeps its handle and fields.',
  merged: 'The duplicate. Its posts, names, identifiers and citations move to the survivor; its id and handle then resolve to the survivor.',
});
export type MergePeopleInput = InstanceType<typeof MergePeopleInput>;
