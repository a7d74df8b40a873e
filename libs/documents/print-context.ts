import { Inject, Injectable } from '@nestjs/common';
import type { Locale } from '../i18n/i18n.js';
import { RUNTIME_SETTINGS, type RuntimeSettings } from '../runtime/runtime-settings.js';
import { Clock } from '../shared/clock.js';
import { latinToCyrillic } from '../i18n/transliterate.js';
import { DOCUMENT_LABELS } from './labels.js';
import type { PrintContext } from './receipt.js';

/** Who prints (the configured authority), in which language, and when (the clock's now). */
@Injectable()
export class PrintContexts {
  constructor(
    @Inject(RUNTIME_SETTINGS) private readonly settings: RuntimeSettings,
    private readonly clock: Clock,
  ) {}

  for(locale: Locale): PrintContext {
    const name = this.settings.config.SPIS_AUTHORITY_NAME;
    // The authority's name is configured once, in Latin; a Serbian Cyrillic document spells it in Cyrillic.
    return { authority: locale === 'sr-Cyrl' ? latinToCyrillic(name) : name, labels: DOCUMENT_LABELS[locale], printedAt: this.clock.now() };
  }
}
