// What the /api/v1 route modules are given: the services they call and the fan-out for live updates.
import type { ComposeService } from '../assist/compose.ts';
import type { SuggestionService } from '../assist/suggest.ts';
import type { Attachments } from '../attachments/attachments.ts';
import type { Conversations } from '../conversations.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Messaging } from '../messaging.ts';
import type { Limiters } from '../rate-limit/limiters.ts';
import type { SiteAvailabilityTracker } from '../realtime/availability.ts';
import type { FanOut } from '../realtime/fan-out.ts';
import type { RouterDeps } from '../routing.ts';
import type { Storage } from '../storage/types.ts';

export interface ApiDeps {
  storage: Storage;
  messaging: Messaging;
  conversations: Conversations;
  attachments: Attachments;
  /** The per-site knowledge base every reader (suggestions, bot, agents) shares. */
  knowledge: KnowledgeBase;
  /** Tells sockets on every relay process about changes made over HTTP. */
  fanOut: FanOut;
  /** Told when a site's business hours change, so its shoppers learn at once whether the team is in. */
  availability: Pick<SiteAvailabilityTracker, 'changed'>;
  limiters: Limiters;
  /** Assigns conversations that need a person to an online agent by language and load. */
  router: RouterDeps;
  /** Suggested replies and compose assist for agents. */
  assist: { suggestions: SuggestionService; compose: ComposeService };
}
