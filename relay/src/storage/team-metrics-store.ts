// The facts team metrics are computed from, read from the logs: each conversation started in the range with its
// first person's reply, first resolution, bot events, rating and the intents of its shopper messages; and the
// agents' feedback events (suggestions shown and used, intent corrections) in the same range.
import { marketForLanguage, parseLocale } from '@parley/shared';
import type { ConversationFacts, TeamEventFacts } from '../team-metrics/compute.ts';
import { iso, isoOrNull, json } from './rows.ts';
import type { SqlExecutor, TeamMetricsFilter } from './types.ts';

interface FactsRow {
  id: string;
  language: string | null;
  urgency: string | null;
  locale: string | null;
  created_at: unknown;
  first_agent_reply_at: unknown;
  resolved_at: unknown;
  bot_answered: boolean;
  bot_handed_off: boolean;
  csat: number | null;
  intents: unknown;
}

export async function teamMetricsFacts(
  sql: SqlExecutor,
  filter: TeamMetricsFilter,
): Promise<{ conversations: ConversationFacts[]; events: TeamEventFacts }> {
  const params = [filter.since, filter.until, filter.siteId ?? null, filter.language ?? null];
  const { rows } = await sql.query<FactsRow>(
    `SELECT c.id, c.language, c.urgency, v.locale, c.created_at,
       (SELECT min(m.created_at) FROM messages m WHERE m.conversation_id = c.id AND m.author = 'agent')
         AS first_agent_reply_at,
       (SELECT min(e.created_at) FROM events e WHERE e.conversation_id = c.id AND e.type = 'conversation.resolved')
         AS resolved_at,
       EXISTS (SELECT 1 FROM events e WHERE e.conversation_id = c.id AND e.type = 'bot.answered') AS bot_answered,
       EXISTS (SELECT 1 FROM events e WHERE e.conversation_id = c.id AND e.type = 'bot.handed_off') AS bot_handed_off,
       (SELECT (e.payload->>'score')::int FROM events e WHERE e.conversation_id = c.id
          AND e.type = 'conversation.rated' ORDER BY e.created_at DESC LIMIT 1) AS csat,
       (SELECT coalesce(jsonb_agg(m.intent), '[]'::jsonb) FROM messages m
          WHERE m.conversation_id = c.id AND m.author = 'visitor' AND m.intent IS NOT NULL) AS intents
     FROM conversations c JOIN visitors v ON v.id = c.visitor_id
     WHERE c.created_at >= $1::timestamptz AND c.created_at < $2::timestamptz
       AND ($3::text IS NULL OR c.site_id = $3) AND ($4::text IS NULL OR c.language = $4)
     ORDER BY c.created_at, c.id`,
    params,
  );
  const feedback = await sql.query<{ type: string; payload: unknown }>(
    `SELECT type, payload FROM events
     WHERE type IN ('suggestion.shown', 'suggestion.used', 'intent.corrected')
       AND created_at >= $1::timestamptz AND created_at < $2::timestamptz AND ($3::text IS NULL OR site_id = $3)
       AND ($4::text IS NULL OR payload->>'language' = $4)`,
    params,
  );
  const events: TeamEventFacts = { suggestionsShown: 0, suggestionsUsed: 0, intentCorrections: [] };
  for (const event of feedback.rows) {
    const payload = (json(event.payload) ?? {}) as Record<string, unknown>;
    if (event.type === 'suggestion.shown') events.suggestionsShown += Number(payload.count ?? 1);
    else if (event.type === 'suggestion.used') events.suggestionsUsed++;
    else events.intentCorrections.push({ from: String(payload.from), to: String(payload.to) });
  }
  return {
    conversations: rows.map((row) => ({
      id: row.id,
      language: row.language,
      market: row.language
        ? (marketForLanguage(row.language, parseLocale(row.locale)?.region)?.code ?? null)
        : null,
      urgency: row.urgency,
      createdAt: iso(row.created_at),
      firstAgentReplyAt: isoOrNull(row.first_agent_reply_at),
      resolvedAt: isoOrNull(row.resolved_at),
      intents: (json(row.intents) as string[] | null) ?? [],
      botAnswered: row.bot_answered,
      botHandedOff: row.bot_handed_off,
      csat: row.csat,
    })),
    events,
  };
}
