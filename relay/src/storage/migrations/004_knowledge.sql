-- The per-site knowledge base: the one source of truth that suggestions, the bot and agents all read, with every
-- earlier version of each entry kept. Deleting a site deletes its knowledge. Plain SQL for PGlite and PostgreSQL.

CREATE TABLE knowledge_entries (
  id text PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  topic text NOT NULL
    CHECK (topic IN ('product', 'shipping', 'returns', 'promotions', 'after_sales', 'other')),
  title text NOT NULL,
  -- The title as the relay compares titles (NFC, trimmed, spaces collapsed, lower case), computed in JS so both
  -- databases agree whatever their collation: one entry per title and topic, so a re-import updates it.
  title_key text NOT NULL,
  -- {"en": "…", "th": "…"}: at least one language.
  answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object' AND answers <> '{}'::jsonb),
  tags jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(tags) = 'array'),
  -- Commitments the policy permits, for the culture lint to check replies against.
  allows jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (
    jsonb_typeof(allows) = 'array'
    AND allows <@ '["refund", "discount", "compensation", "replacement", "free_return"]'::jsonb
  ),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (site_id, topic, title_key)
);

-- Each version an update replaced: {topic, title, answers, tags, allows} as it was, and when it was written.
CREATE TABLE knowledge_versions (
  entry_id text NOT NULL REFERENCES knowledge_entries (id) ON DELETE CASCADE,
  version integer NOT NULL,
  content jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (entry_id, version)
);

-- Raised by every write to a site's knowledge, in the write's transaction. Search indexes held in memory by any
-- relay process compare it before answering: a timestamp could not do this, since transactions commit out of the
-- order their now() was taken in.
CREATE TABLE knowledge_revisions (
  site_id text PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
  revision integer NOT NULL
);
