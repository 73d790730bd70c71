// What the /api/v1 route modules are given: the services they call and the fan-out for live updates.
import type { Attachments } from '../attachments/attachments.ts';
import type { Conversations } from '../conversations.ts';
import type { Messaging } from '../messaging.ts';
import type { Limiters } from '../rate-limit/limiters.ts';
import type { FanOut } from '../realtime/fan-out.ts';
import type { Storage } from '../storage/types.ts';

export interface ApiDeps {
  storage: Storage;
  messaging: Messaging;
  conversations: Conversations;
  attachments: Attachments;
  /** Tells sockets on every relay process about changes made over HTTP. */
  fanOut: FanOut;
  limiters: Limiters;
}
