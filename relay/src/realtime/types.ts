// Typed Socket.IO namespaces for the relay side of the event maps declared in @parley/shared.
import type {
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
} from '@parley/shared';
import type { Namespace, Socket } from 'socket.io';
import type { Principal } from '../auth/principal.ts';

type NoServerEvents = Record<never, never>;

/** Between relay processes (`serverSideEmit`, through the cluster adapter): never seen by clients. */
export interface VisitorServerSideEvents {
  /** Agents came or went, or business hours were edited: re-check the site's availability. */
  'availability:changed': (siteId: string) => void;
}

/** Set by the handshake; plain data because connection-state recovery restores it after a reconnect. */
export interface VisitorSocketData {
  siteId: string;
  siteName: string;
  visitorId: string;
  locale: string | undefined;
  /** Created by this connection's handshake and not yet written to: there is no conversation to look up. */
  freshVisitor: boolean;
  /** The site's glossary terms as of the handshake (a glossary edit reaches a shopper on their next connect). */
  glossaryTerms: string[];
  /** The site's languages as of the handshake: detection hints for the shopper's short messages. */
  markets: string[];
}

export interface AgentSocketData {
  principal: Principal;
}

export type VisitorNamespace = Namespace<
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
  VisitorServerSideEvents,
  VisitorSocketData
>;
export type VisitorSocket = Socket<
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
  VisitorServerSideEvents,
  VisitorSocketData
>;
export type AgentNamespace = Namespace<
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  NoServerEvents,
  AgentSocketData
>;
export type AgentSocket = Socket<
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  NoServerEvents,
  AgentSocketData
>;
