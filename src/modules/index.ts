// Written by `npm run schema:print` (src/cli/modules-index.ts) from the resolver files under src/modules: do not edit.
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

/** Every module's resolver file; each resolver class one exports is served. */
export const modules = [affiliation, agreementParty, agreement, citation, country, dated, eventOrganizer, event, participation, graph, change, revert, identifier, merge, name, node, organization, person, post, search, source, sport, counts];
