// Every translated string table, keyed by UI language. Only the frame build (which writes each one to
// dist/frame/i18n/<keys>/<language>.json and …/later/<language>.json) and tests import this: the frame itself
// fetches just the shopper's language.
import type { LaterStrings } from '../../later/en-later.ts';
import type { UiStrings } from '../en.ts';
import type { UiLanguage } from '../ui-language.ts';
import ar from './ar.ts';
import de from './de.ts';
import es from './es.ts';
import fil from './fil.ts';
import fr from './fr.ts';
import he from './he.ts';
import hi from './hi.ts';
import id from './id.ts';
import it from './it.ts';
import ja from './ja.ts';
import ko from './ko.ts';
import ms from './ms.ts';
import nl from './nl.ts';
import pl from './pl.ts';
import pt from './pt.ts';
import ru from './ru.ts';
import th from './th.ts';
import tr from './tr.ts';
import vi from './vi.ts';
import zhHans from './zh-Hans.ts';
import zhHant from './zh-Hant.ts';

export const TRANSLATIONS: Record<Exclude<UiLanguage, 'en'>, UiStrings & LaterStrings> = {
  th: th,
  vi: vi,
  id: id,
  ms: ms,
  fil: fil,
  de: de,
  fr: fr,
  es: es,
  it: it,
  pt: pt,
  ja: ja,
  ko: ko,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ar: ar,
  he: he,
  ru: ru,
  tr: tr,
  pl: pl,
  nl: nl,
  hi: hi,
};
