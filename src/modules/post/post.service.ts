/** Writes to posts, and the domain action of ending one. Each function runs inside one write (see shared/write.ts). */
import { and, eq, notInArray } from 'drizzle-orm';
import { Role } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { period } from '../../shared/point-in-time.js';
import { fail, UserErrorCode, UserFailure, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { removeRecord } from '../mutation/remove-cited.js';
import { endNotBeforeStart, given, patchOf } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import type { CreatePostInput, EndPostInput, UpdatePostInput } from './post.input.js';

/** Roles with one holder at a time in an organisation. */
export const singleHolderRoles: readonly string[] = [Role.PRESIDENT, Role.SECRETARY_GENERAL, Role.DIRECTOR_GENERAL, Role.MINISTER];

type Period = Pick<t.PostRow, 'startDate' | 'endDate'>;

/**
 * Whether two posts certainly overlap, their partial dates read as periods. A post certainly
 * holds from the last day its start can mean to the first day its end can mean (no end: it still
 * holds). Two posts overlap unless one ends before the other starts, and the day one ends and
 * the other starts is a shared handover day, not an overlap. An unknown start is unknown: such a
 * post never certainly overlaps another.
 */
export function certainlyOverlap(a: Period, b: Period): boolean {
  if (!a.startDate || !b.startDate) return false;
  const lastStart = (p: Period) => period(p.startDate!)[1];
  const firstEnd = (p: Period) => (p.endDate ? period(p.endDate)[0] : '9999-12-31');
  return lastStart(a) < firstEnd(b) && lastStart(b) < firstEnd(a);
}

const dates = (p: Period) => `from ${p.startDate ?? 'an unknown date'} ${p.endDate ? `to ${p.endDate}` : 'with no end date'}`;

/** Refuses a post in a single-holder role whose period certainly overlaps another holder's in the same organisation. */
function oneHolderAtATime(writer: Writer, post: Pick<t.PostRow, 'organizationId' | 'role'> & Period, exceptIds: number[], field: string[]) {
  if (!singleHolderRoles.includes(post.role)) return;
  const others = writer.read.select().from(t.posts)
    .where(and(eq(t.posts.organizationId, post.organizationId), eq(t.posts.role, post.role), exceptIds.length ? notInArray(t.posts.id, exceptIds) : undefined))
    .all();
  const clash = others.find((other) => certainlyOverlap(post, other));
  if (!clash) return;
  const holder = writer.find(t.people, clash.personId)!;
  const organization = writer.find(t.organizations, post.organizationId)!;
  const role = post.role.toUpperCase();
  fail(field, `${holder.name} ("${holder.handle}") is ${role} of "${organization.handle}" ${dates(clash)}, and a ${role} has one holder at a time: this post (${dates(post)}) would overlap. End that post first (endPost), or give dates that meet at most on the handover day.`, UserErrorCode.CONFLICT);
}

/** Runs `fn` with its user errors moved under `input.<prefix>`, for lookups inside a nested input. */
function within<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof UserFailure)) throw error;
    throw new UserFailure(error.errors.map((e) => ({ ...e, field: ['input', prefix, ...e.field.slice(1)] })));
  }
}

function onBehalfOf(writer: Writer, globalId: string | null | undefined) {
  if (globalId == null) return globalId;
  return existing(writer, t.organizations, globalId, 'onBehalfOfId').id;
}

export function createPost(writer: Writer, input: CreatePostInput) {
  validateInput(input);
  const person = existing(writer, t.people, input.personId, 'personId');
  const organization = existing(writer, t.organizations, input.organizationId, 'organizationId');
  const post = {
    personId: person.id,
    organizationId: organization.id,
    role: input.role,
    label: input.label ?? null,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    onBehalfOfId: onBehalfOf(writer, input.onBehalfOfId) ?? null,
  };
  endNotBeforeStart(post.startDate, post.endDate);
  oneHolderAtATime(writer, post, [], ['startDate']);
  return writer.insert(t.posts, post);
}

export function updatePost(writer: Writer, input: UpdatePostInput) {
  validateInput(input);
  const current = existing(writer, t.posts, input.id, 'id');
  const { onBehalfOfId, ...fields } = given(input);
  const patch = { ...patchOf(writer, t.posts, current, fields), onBehalfOfId: onBehalfOf(writer, onBehalfOfId) };
  const next = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as t.PostRow;
  endNotBeforeStart(next.startDate, next.endDate);
  oneHolderAtATime(writer, next, [current.id], ['startDate']);
  return writer.update(t.posts, current.id, patch)!;
}

export function deletePost(writer: Writer, input: { id: string }) {
  const current = existing(writer, t.posts, input.id, 'id');
  return removeRecord(writer, t.posts, current.id)!;
}

/** Ends a post and, when a successor is given, starts their post in the same role and organisation. */
export function endPost(writer: Writer, input: EndPostInput) {
  validateInput(input);
  const current = existing(writer, t.posts, input.postId, 'postId');
  if (current.endDate) {
    fail('postId', `This post already ended on ${current.endDate}; to correct that date use updatePost.`, UserErrorCode.NOT_ALLOWED);
  }
  endNotBeforeStart(current.startDate, input.endDate);
  const post = writer.update(t.posts, current.id, { endDate: input.endDate })!;
  if (!input.successor) return { post, successor: null };
  const next = input.successor;
  const person = within('successor', () => existing(writer, t.people, next.personId, 'personId'));
  const successor = {
    personId: person.id,
    organizationId: current.organizationId,
    role: current.role,
    label: next.label ?? current.label,
    startDate: next.startDate ?? input.endDate,
    endDate: null,
    onBehalfOfId: current.onBehalfOfId,
  };
  oneHolderAtATime(writer, successor, [], ['successor', 'startDate']);
  return { post, successor: writer.insert(t.posts, successor) };
}
