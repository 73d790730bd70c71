-- More than one token per agent (the console's, a paired Chrome extension's…), and the one-time codes that pair
-- an extension. Plain SQL for PGlite and PostgreSQL.

-- Tokens beyond the agent's original one (agents.token_hash, which stays and keeps working). SHA-256 hex of the
-- bearer token; the plaintext is shown once and never stored. Deleting the agent deletes its tokens.
CREATE TABLE agent_tokens (
  id text PRIMARY KEY,
  agent_id text NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  -- Which device or app holds it ("Chrome extension"), so the agent can tell their tokens apart.
  label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Refreshed at most every few minutes by the authenticating statement, so it costs no write per request.
  last_used_at timestamptz
);
CREATE INDEX agent_tokens_agent_idx ON agent_tokens (agent_id);

-- One-time pairing codes: SHA-256 hex of the normalised code (upper case, no dash), never the code itself.
CREATE TABLE pairing_codes (
  code_hash text PRIMARY KEY,
  agent_id text NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  -- Set by the exchange that won: a conditional update, so two exchanges of one code yield one token.
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pairing_codes_agent_idx ON pairing_codes (agent_id);
-- Old codes are swept when new ones are made.
CREATE INDEX pairing_codes_expires_idx ON pairing_codes (expires_at);
