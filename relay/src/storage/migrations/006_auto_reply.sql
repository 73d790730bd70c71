-- The auto-reply bot: each site's setting, and when a conversation was handed to a person (by the bot, by the
-- shopper asking for one, or by an agent taking over). Plain SQL for PGlite and PostgreSQL.

ALTER TABLE sites
  -- {mode: off | after_hours | no_answer | always, delaySeconds}: off until a merchant turns it on.
  ADD COLUMN auto_reply jsonb NOT NULL DEFAULT '{"mode": "off", "delaySeconds": 120}'::jsonb;

ALTER TABLE conversations
  -- Set once a person owns the conversation; the bot stays silent until it is resolved and reopened.
  ADD COLUMN handed_off_at timestamptz;
