// What the language engine needs from a site's glossary: the terms to keep as written (and report as
// products), and the version that keys cached translations.
import type { SiteRecord } from './storage/types.ts';

export interface SiteGlossary {
  glossaryTerms: string[];
  glossaryVersion: number;
}

export function siteGlossary(site: Pick<SiteRecord, 'glossary' | 'glossaryVersion'> | null): SiteGlossary {
  return {
    glossaryTerms: site?.glossary.map((entry) => entry.term) ?? [],
    glossaryVersion: site?.glossaryVersion ?? 0,
  };
}
