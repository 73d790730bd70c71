-- The persistent translation cache: a restart or another relay process answers a repeated translation without
-- calling the provider again. `key` hashes model, languages, glossary version and text; `source_sha256` hashes
-- the text alone, so erasing a visitor can find and delete translations of what was said in their conversations.
CREATE TABLE translation_cache (
  key text PRIMARY KEY,
  source_sha256 text NOT NULL,
  translation text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX translation_cache_source ON translation_cache (source_sha256);
