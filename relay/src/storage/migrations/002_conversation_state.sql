-- Site settings, agent skills, conversation state (assignment, read marks, response and resolution times),
-- attachments and the indexes the inbox filters and the event log need. Plain SQL for PGlite and PostgreSQL.

ALTER TABLE sites
  -- Languages the site serves, in order of preference; the relay keeps default_language first.
  ADD COLUMN languages jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- {timeZone, intervals: [{day, from, to}]}, or null when the site keeps no hours.
  ADD COLUMN business_hours jsonb,
  ADD COLUMN glossary jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Bumped whenever the glossary changes, so caches of translations made with an older glossary can be told apart.
  ADD COLUMN glossary_version integer NOT NULL DEFAULT 0,
  -- The first-start demo, recorded in the database so every relay process sharing it can tell which one it is.
  ADD COLUMN demo boolean NOT NULL DEFAULT false;
UPDATE sites SET languages = jsonb_build_array(default_language);
UPDATE sites SET demo = true WHERE public_key LIKE 'pk\_demo\_%';

ALTER TABLE agents
  ADD COLUMN language_skills jsonb NOT NULL DEFAULT '[]'::jsonb,
  ADD COLUMN persona jsonb NOT NULL DEFAULT '{}'::jsonb;
UPDATE agents SET language_skills = jsonb_build_array(language);

ALTER TABLE conversations
  ADD COLUMN assignee_id text REFERENCES agents (id) ON DELETE SET NULL,
  ADD COLUMN first_response_at timestamptz,
  ADD COLUMN resolved_at timestamptz,
  -- Highest seq each side has read; both only ever move forward.
  ADD COLUMN visitor_read_seq integer NOT NULL DEFAULT 0,
  ADD COLUMN agent_read_seq integer NOT NULL DEFAULT 0;
UPDATE conversations SET resolved_at = updated_at WHERE status = 'resolved';
CREATE INDEX conversations_assignee_idx ON conversations (assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX conversations_visitor_idx ON conversations (visitor_id, created_at DESC);

-- The analysed intent of a visitor message, copied out of `analysis` so "every conversation that mentioned an
-- allergy" is an index lookup rather than a scan of JSON.
ALTER TABLE messages ADD COLUMN intent text;
UPDATE messages SET intent = analysis ->> 'intent' WHERE analysis IS NOT NULL;
CREATE INDEX messages_intent_idx ON messages (intent, conversation_id) WHERE intent IS NOT NULL;

-- Files stay in the database (bytea), so the embedded PGlite and PostgreSQL need no extra volume or store.
CREATE TABLE attachments (
  id text PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  -- Null until the file is sent with a message (a shopper may upload before their first message).
  conversation_id text REFERENCES conversations (id) ON DELETE CASCADE,
  message_id text REFERENCES messages (id) ON DELETE CASCADE,
  uploader_kind text NOT NULL CHECK (uploader_kind IN ('visitor', 'agent', 'admin')),
  -- Visitor id, agent id, or 'admin'.
  uploader_id text NOT NULL,
  name text NOT NULL,
  type text NOT NULL,
  size integer NOT NULL CHECK (size >= 0),
  sha256 text NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_message_idx ON attachments (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX attachments_conversation_idx ON attachments (conversation_id) WHERE conversation_id IS NOT NULL;
CREATE INDEX attachments_uploader_idx ON attachments (uploader_kind, uploader_id);

CREATE INDEX events_site_type_idx ON events (site_id, type, created_at);
CREATE INDEX events_conversation_idx ON events (conversation_id) WHERE conversation_id IS NOT NULL;

-- Values every relay process sharing this database must agree on, such as the key that signs visitor tokens
-- (a shopper's token from one process must work on the next one the balancer picks).
CREATE TABLE relay_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
