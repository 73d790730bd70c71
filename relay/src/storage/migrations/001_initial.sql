-- The walking-skeleton schema: sites, agents, visitors, conversations, messages and an event log.
-- Plain SQL that runs unchanged on PGlite and PostgreSQL. Ids are UUID strings made by the relay, kept as
-- text so that a malformed id from a client is simply "not found" rather than a cast error.

CREATE TABLE sites (
  id text PRIMARY KEY,
  name text NOT NULL,
  public_key text NOT NULL UNIQUE,
  -- A JSON array of origins ("https://shop.example"); empty means any origin may load the widget.
  allowed_origins jsonb NOT NULL DEFAULT '[]'::jsonb,
  default_language text NOT NULL DEFAULT 'en',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agents (
  id text PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('agent', 'admin')),
  language text NOT NULL,
  -- SHA-256 of the bearer token, hex; the plaintext is shown once and never stored.
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agents_site_idx ON agents (site_id);

CREATE TABLE visitors (
  id text PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  locale text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE conversations (
  id text PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  visitor_id text NOT NULL REFERENCES visitors (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  language text,
  intent text,
  urgency text CHECK (urgency IN ('low', 'normal', 'high')),
  last_seq integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- At most one open conversation per visitor: two tabs sending their first message at once share it.
CREATE UNIQUE INDEX conversations_one_open_per_visitor ON conversations (visitor_id) WHERE status = 'open';
CREATE INDEX conversations_site_inbox_idx ON conversations (site_id, status, updated_at DESC);

CREATE TABLE messages (
  id text PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  client_id text NOT NULL,
  author text NOT NULL CHECK (author IN ('visitor', 'agent', 'bot', 'system')),
  author_id text,
  text text NOT NULL,
  language text NOT NULL,
  analysis jsonb,
  translations jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conversation_id, seq),
  UNIQUE (conversation_id, client_id)
);

CREATE TABLE events (
  id text PRIMARY KEY,
  type text NOT NULL,
  site_id text,
  conversation_id text,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_site_idx ON events (site_id, created_at);
