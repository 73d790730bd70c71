// How much of the library is written in each language: the scenario × language matrix a benchmark prints.
import { REPLY_TEMPLATES } from './library.ts';
import {
  REPLY_LANGUAGES,
  REPLY_SCENARIOS,
  type ReplyLanguage,
  type ReplyScenario,
  type ReplyTemplate,
} from './types.ts';

export interface TemplateCoverage {
  scenarios: readonly ReplyScenario[];
  languages: readonly ReplyLanguage[];
  /** Templates in each scenario: the denominator of each row. */
  templates: Record<ReplyScenario, number>;
  /** matrix[scenario][language]: templates of that scenario written in that language. */
  matrix: Record<ReplyScenario, Record<ReplyLanguage, number>>;
  /** Templates written in each language, over all scenarios. */
  perLanguage: Record<ReplyLanguage, number>;
  /** Languages every template is written in. */
  completeLanguages: ReplyLanguage[];
  total: number;
}

/** Coverage of `templates` (the whole library by default), counted fresh on every call. */
export function templateCoverage(templates: readonly ReplyTemplate[] = REPLY_TEMPLATES): TemplateCoverage {
  const zeroPerLanguage = () =>
    Object.fromEntries(REPLY_LANGUAGES.map((language) => [language, 0])) as Record<ReplyLanguage, number>;
  const matrix = Object.fromEntries(
    REPLY_SCENARIOS.map((scenario) => [scenario, zeroPerLanguage()]),
  ) as Record<ReplyScenario, Record<ReplyLanguage, number>>;
  const perScenario = Object.fromEntries(REPLY_SCENARIOS.map((scenario) => [scenario, 0])) as Record<
    ReplyScenario,
    number
  >;
  const perLanguage = zeroPerLanguage();

  for (const template of templates) {
    perScenario[template.scenario] += 1;
    for (const language of REPLY_LANGUAGES) {
      if (!template.texts[language]) continue;
      matrix[template.scenario][language] += 1;
      perLanguage[language] += 1;
    }
  }

  return {
    scenarios: REPLY_SCENARIOS,
    languages: REPLY_LANGUAGES,
    templates: perScenario,
    matrix,
    perLanguage,
    completeLanguages: REPLY_LANGUAGES.filter((language) => perLanguage[language] === templates.length),
    total: templates.length,
  };
}
