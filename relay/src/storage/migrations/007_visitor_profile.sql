-- Who a shopper is (as the merchant's page or the shopper said), the key that proves a merchant's user id, and
-- the shopper's CSAT rating of a resolution. Plain SQL for PGlite and PostgreSQL.

ALTER TABLE visitors
  ADD COLUMN name text,
  ADD COLUMN email text,
  -- The merchant's own user id, stored only once a userHash proved it: set exactly when `verified` is.
  ADD COLUMN user_id text,
  ADD COLUMN verified boolean NOT NULL DEFAULT false;

-- The key a merchant's server signs user ids with (hex HMAC-SHA256). Existing sites get one here, so no code path
-- ever meets a site without one: gen_random_uuid() is core since PostgreSQL 13 (PGlite included, no extension)
-- and draws on the server's strong random source, unlike random(); two give 244 random bits as 64 hex digits.
-- New sites get 32 bytes from Node's crypto (sql-storage.ts).
ALTER TABLE sites ADD COLUMN identity_secret text;
UPDATE sites SET identity_secret = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
ALTER TABLE sites ALTER COLUMN identity_secret SET NOT NULL;

ALTER TABLE conversations
  -- The shopper's rating of the current resolution; cleared when an open conversation is resolved (again).
  ADD COLUMN rating smallint CHECK (rating BETWEEN 1 AND 5),
  -- What the shopper wrote with it: their words, so it lives (and is erased) with the conversation, not in events.
  ADD COLUMN rating_comment text;
