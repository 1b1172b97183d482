/**
 * The one SQL statement of a search step: for a whole frontier of vertices, every fact that
 * touches one of them, listed with every vertex that fact touches. A post or an affiliation
 * touches its two ends; an agreement touches all its parties; an event touches everyone who
 * took part in it or organised it. The keys travel as two JSON parameters, so the statement is
 * the same for one vertex or ten thousand. At a date, the graph is as it stood then: the posts,
 * ties and agreements that may have held at that date, and the events that may have begun by it
 * (a meeting links its people from then on).
 */
import { and, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { affiliations, agreementParties, agreements, eventOrganizers, events, participations, posts } from '../../db/schema.js';
import { earliest, inEffectOf, latest } from '../../shared/filter.js';
import { GraphEdgeKind, type VertexRef, type VertexType } from './graph.model.js';

export interface Incidence {
  kind: GraphEdgeKind;
  factId: number;
  vertex: VertexRef;
}

interface IncidenceRow {
  kind: GraphEdgeKind;
  factId: number;
  type: VertexType;
  id: number;
}

export function incidences(db: Db, frontier: VertexRef[], at?: string): Incidence[] {
  const ids = (type: VertexType) => JSON.stringify(frontier.filter((v) => v.type === type).map((v) => v.id));
  const { POST, AFFILIATION, AGREEMENT, SHARED_EVENT } = GraphEdgeKind;
  const touchedPost = and(sql`(${posts.personId} IN p OR ${posts.organizationId} IN o)`, inEffectOf('Post', at))!;
  const touchedAffiliation = and(sql`(${affiliations.organizationId} IN o OR ${affiliations.parentId} IN o)`, inEffectOf('Affiliation', at))!;
  const agreementThen: SQL = at === undefined ? sql`` : sql` AND ${agreementParties.agreementId} IN (SELECT ${agreements.id} FROM ${agreements} WHERE ${inEffectOf('Agreement', at)})`;
  const eventThen: SQL = at === undefined ? sql`` : sql` WHERE id IN (SELECT ${events.id} FROM ${events} WHERE ${events.startDate} IS NULL OR ${earliest(events.startDate)} <= ${latest(at)})`;
  const rows = db.all<IncidenceRow>(sql`
    WITH o(id) AS (SELECT value FROM json_each(${ids('Organization')})),
      p(id) AS (SELECT value FROM json_each(${ids('Person')})),
      agreement(id) AS (SELECT ${agreementParties.agreementId} FROM ${agreementParties} WHERE ${agreementParties.organizationId} IN o${agreementThen}),
      event(id) AS (SELECT id FROM (
        SELECT ${participations.eventId} AS id FROM ${participations} WHERE ${participations.personId} IN p OR ${participations.organizationId} IN o
        UNION SELECT ${eventOrganizers.eventId} FROM ${eventOrganizers} WHERE ${eventOrganizers.organizationId} IN o)${eventThen})
    SELECT ${POST} AS kind, ${posts.id} AS factId, 'Person' AS type, ${posts.personId} AS id FROM ${posts} WHERE ${touchedPost}
    UNION ALL SELECT ${POST}, ${posts.id}, 'Organization', ${posts.organizationId} FROM ${posts} WHERE ${touchedPost}
    UNION ALL SELECT ${AFFILIATION}, ${affiliations.id}, 'Organization', ${affiliations.organizationId} FROM ${affiliations} WHERE ${touchedAffiliation}
    UNION ALL SELECT ${AFFILIATION}, ${affiliations.id}, 'Organization', ${affiliations.parentId} FROM ${affiliations} WHERE ${touchedAffiliation}
    UNION ALL SELECT ${AGREEMENT}, ${agreementParties.agreementId}, 'Organization', ${agreementParties.organizationId}
      FROM ${agreementParties} WHERE ${agreementParties.agreementId} IN agreement
    UNION ALL SELECT ${SHARED_EVENT}, ${participations.eventId}, 'Person', ${participations.personId}
      FROM ${participations} WHERE ${participations.eventId} IN event AND ${participations.personId} IS NOT NULL
    UNION ALL SELECT ${SHARED_EVENT}, ${participations.eventId}, 'Organization', ${participations.organizationId}
      FROM ${participations} WHERE ${participations.eventId} IN event AND ${participations.organizationId} IS NOT NULL
    UNION ALL SELECT ${SHARED_EVENT}, ${eventOrganizers.eventId}, 'Organization', ${eventOrganizers.organizationId}
      FROM ${eventOrganizers} WHERE ${eventOrganizers.eventId} IN event`);
  return rows.map((row) => ({ kind: row.kind, factId: row.factId, vertex: { type: row.type, id: row.id } }));
}
