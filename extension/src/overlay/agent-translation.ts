// A buyer message in the agent's language: the relay's translation, else the browser's own, else a plain
// "offline" so the agent never mistakes an untranslated message for a translated one.
import { type AssistClient, AssistError } from '../assist/assist-client.ts';
import type { OnDeviceTranslator } from './on-device-translator.ts';

export type AgentTranslation =
  | { kind: 'translated'; text: string; from: string; via: 'relay' | 'on-device' }
  | { kind: 'same-language'; from: string }
  | { kind: 'offline'; reason: string };

export interface TranslationSources {
  assist: AssistClient;
  onDevice?: OnDeviceTranslator | undefined;
}

export async function translateForAgent(
  input: { text: string; to: string; from?: string | undefined },
  { assist, onDevice }: TranslationSources,
): Promise<AgentTranslation> {
  if (input.from && baseLanguage(input.from) === baseLanguage(input.to)) {
    return { kind: 'same-language', from: input.from };
  }
  let reason: string;
  try {
    const result = await assist.translate({
      text: input.text,
      to: input.to,
      ...(input.from ? { from: input.from } : {}),
    });
    if (baseLanguage(result.from) === baseLanguage(input.to))
      return { kind: 'same-language', from: result.from };
    return { kind: 'translated', text: result.text, from: result.from, via: 'relay' };
  } catch (error) {
    reason = AssistError.fromUnknown(error).code;
  }
  if (onDevice) {
    try {
      const local = await onDevice.translate(
        input.text,
        input.to,
        input.from ? baseLanguage(input.from) : undefined,
      );
      if (local) return { kind: 'translated', text: local.text, from: local.from, via: 'on-device' };
    } catch {
      // The built-in API can fail for unsupported pairs; the agent is told translation is offline instead.
    }
  }
  return { kind: 'offline', reason };
}

function baseLanguage(code: string): string {
  return code.toLowerCase().split('-')[0]!;
}
