// Chrome's built-in Translator and LanguageDetector APIs (Chrome 138+), when this browser has them: translation
// that never leaves the agent's machine, used when the relay has no translation engine.

/** The subset of Chrome's `Translator` global that Parley uses. */
export interface TranslatorApi {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<string>;
  create(options: { sourceLanguage: string; targetLanguage: string }): Promise<{
    translate(text: string): Promise<string>;
  }>;
}

/** The subset of Chrome's `LanguageDetector` global that Parley uses. */
export interface LanguageDetectorApi {
  create(): Promise<{
    detect(text: string): Promise<Array<{ detectedLanguage?: string; confidence?: number }>>;
  }>;
}

export interface OnDeviceTranslator {
  /** Null when this pair is not ready on the device (models are never downloaded without the agent asking). */
  translate(text: string, to: string, from?: string): Promise<{ text: string; from: string } | null>;
}

/** Reads the globals once; undefined when the browser has no Translator API. */
export function findOnDeviceTranslator(scope: object = globalThis): OnDeviceTranslator | undefined {
  const { Translator, LanguageDetector } = scope as {
    Translator?: TranslatorApi;
    LanguageDetector?: LanguageDetectorApi;
  };
  return Translator ? createOnDeviceTranslator(Translator, LanguageDetector) : undefined;
}

export function createOnDeviceTranslator(
  translator: TranslatorApi,
  detector?: LanguageDetectorApi,
): OnDeviceTranslator {
  return {
    async translate(text, to, from) {
      const source = from ?? (await detectLanguage(detector, text));
      if (!source || source === to) return null;
      const pair = { sourceLanguage: source, targetLanguage: to };
      // "downloadable" would start a model download, which needs the agent's gesture; only use what is ready.
      if ((await translator.availability(pair)) !== 'available') return null;
      const session = await translator.create(pair);
      return { text: await session.translate(text), from: source };
    },
  };
}

async function detectLanguage(
  detector: LanguageDetectorApi | undefined,
  text: string,
): Promise<string | undefined> {
  if (!detector) return undefined;
  const [best] = await (await detector.create()).detect(text);
  return best?.detectedLanguage && best.detectedLanguage !== 'und' ? best.detectedLanguage : undefined;
}
