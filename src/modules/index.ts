/**
 * The modules the API is composed of, one line each. Every resolver class a module's resolver
 * file exports is served; nothing else lists them (see `resolverClasses`).
 */
import { getMetadataStorage } from 'type-graphql';
import * as affiliation from './affiliation/affiliation.resolver.js';
import * as agreementParty from './agreement/agreement-party.resolver.js';
import * as agreement from './agreement/agreement.resolver.js';
import * as citation from './citation/citation.resolver.js';
import * as country from './country/country.resolver.js';
import * as dated from './dated/dated.resolver.js';
import * as eventOrganizer from './event/event-organizer.resolver.js';
import * as event from './event/event.resolver.js';
import * as participation from './event/participation.resolver.js';
import * as graph from './graph/graph.resolver.js';
import * as change from './history/change.resolver.js';
import * as revert from './history/revert.resolver.js';
import * as identifier from './identifier/identifier.resolver.js';
import * as merge from './merge/merge.resolver.js';
import * as name from './name/name.resolver.js';
import * as node from './node/node.resolver.js';
import * as organization from './organization/organization.resolver.js';
import * as person from './person/person.resolver.js';
import * as post from './post/post.resolver.js';
import * as search from './search/search.resolver.js';
import * as source from './source/source.resolver.js';
import * as sport from './sport/sport.resolver.js';
import * as counts from './stats/counts.resolver.js';

const modules = [
  node, citation, name, dated, source, country, sport, organization, identifier, affiliation, person, post,
  event, eventOrganizer, participation, agreement, agreementParty, search, graph, counts, change, revert, merge,
];

/** The resolver classes the modules export, as type-graphql registered them. */
export const resolverClasses = (() => {
  const registered = new Set<unknown>(getMetadataStorage().resolverClasses.map((resolver) => resolver.target));
  const classes = modules.flatMap((module) => Object.values(module).filter((value) => registered.has(value))) as Function[];
  return classes as [Function, ...Function[]];
})();
