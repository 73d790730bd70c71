// Language detection libraries side by side on one evaluation set, text only: accuracy and time per message.
// Libraries that do not know some of our languages keep those rows, as misses, so the accuracies compare.
import { performance } from 'node:perf_hooks';
import { parseLocale } from '@parley/shared';
import { loadModule } from 'cld3-asm';
import { eld } from 'eld/large';
import { franc } from 'franc-min';
import { data as francTrigrams } from 'franc-min/data.js';
import { expressions as francScripts } from 'franc-min/expressions.js';
import { detectAll, supportedLanguages, toISO2 } from 'tinyld';
import { detectLanguage } from '../ai/offline/detect-language.ts';
import type { EvalRow } from './eval-set.ts';

export interface Detector {
  name: string;
  /** Our language code (ISO 639-1 where one exists, as in `@parley/shared`), or anything else for a miss. */
  detect(text: string): string;
  /** The codes the library can answer with, when it says so at run time; undefined: all of ours. */
  languages?: ReadonlySet<string>;
}

export interface DetectorFigures {
  accuracy: number;
  micros: number;
  /** Our fused detector's time per message divided by this one's. */
  timeRatio: number;
  /** Languages of the set this library cannot answer with; their rows count as misses. */
  cannotDetect: string[];
}

/** franc answers ISO 639-3; these are the codes of the languages Parley is evaluated on. */
const FRANC_TO_OURS: Record<string, string> = {
  arb: 'ar',
  cmn: 'zh',
  deu: 'de',
  eng: 'en',
  fra: 'fr',
  ind: 'id',
  ita: 'it',
  jpn: 'ja',
  kor: 'ko',
  nld: 'nl',
  pol: 'pl',
  por: 'pt',
  rus: 'ru',
  spa: 'es',
  tgl: 'tl',
  tha: 'th',
  tur: 'tr',
  vie: 'vi',
  zlm: 'ms',
};
const fromFranc = (code: string) => FRANC_TO_OURS[code] ?? code;

function francLanguages(): Set<string> {
  // Script names (Latin, Cyrillic…) group trigram models; every other key is a language told by script alone.
  const codes = Object.keys(francScripts).flatMap((key) => Object.keys(francTrigrams[key] ?? { [key]: '' }));
  return new Set(codes.map(fromFranc));
}

/** Our detector first: the ratios compare against it. */
export async function loadDetectors(): Promise<Detector[]> {
  // cld3 answers 'und' below minBytes (140 by default), longer than most chat lines: let it always guess.
  const cld3 = (await loadModule()).create(0, 700);
  return [
    { name: 'parley (fused)', detect: (text) => detectLanguage(text).language },
    {
      name: 'tinyld',
      detect: (text) => detectAll(text)[0]?.lang ?? '',
      languages: new Set(supportedLanguages.map(toISO2)),
    },
    {
      name: 'eld (large)',
      detect: (text) => eld.detect(text).language,
      languages: new Set(Object.values(eld.info().Languages)),
    },
    {
      name: 'franc-min',
      // franc answers 'und' for text under 10 characters unless told otherwise; chat lines are often that short.
      detect: (text) => fromFranc(franc(text, { minLength: 1 })),
      languages: francLanguages(),
    },
    {
      // cld3 lists its languages only in a type-level enum (all of ours; Tagalog as 'fil'), nothing at run time.
      name: 'cld3-asm',
      detect: (text) => parseLocale(cld3.findLanguage(text).language)?.language ?? '',
    },
  ];
}

const ROUNDS = 10;

export function compareDetectors(
  rows: readonly EvalRow[],
  detectors: readonly Detector[],
): Record<string, DetectorFigures> {
  const elapsed = detectors.map(() => 0);
  // Rounds alternate between the libraries so that load from other processes weighs on all of them alike.
  for (let round = 0; round < ROUNDS; round++) {
    detectors.forEach((detector, i) => {
      const start = performance.now();
      for (const row of rows) detector.detect(row.text);
      elapsed[i]! += performance.now() - start;
    });
  }
  const micros = elapsed.map((ms) => Math.round((ms * 1000 * 10) / (ROUNDS * rows.length)) / 10);
  const ours = micros[0]!;
  const setLanguages = [...new Set(rows.map((row) => row.lang))].sort();
  return Object.fromEntries(
    detectors.map((detector, i) => {
      const hits = rows.filter((row) => detector.detect(row.text) === row.lang).length;
      const figures: DetectorFigures = {
        accuracy: Math.round((1000 * hits) / rows.length) / 1000,
        micros: micros[i]!,
        timeRatio: Math.round((100 * ours) / micros[i]!) / 100,
        cannotDetect: setLanguages.filter((lang) => detector.languages && !detector.languages.has(lang)),
      };
      return [detector.name, figures];
    }),
  );
}
