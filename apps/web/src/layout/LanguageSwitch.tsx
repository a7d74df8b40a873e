import { Select } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, rememberLanguage, isLanguage } from '../i18n/language';

/** Language and script; Serbian Cyrillic turns the whole screen, records included, into Cyrillic. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <Select
      size="xs"
      w={170}
      // The name holds the language shown in the field, as a speech-input user would say it (2.5.3).
      aria-label={`${t('app.language')}: ${LANGUAGES.find((language) => language.code === i18n.language)?.label ?? ''}`}
      data={LANGUAGES.map((language) => ({ value: language.code, label: language.label }))}
      value={i18n.language}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        rememberLanguage(value);
        void i18n.changeLanguage(value);
        // Messages the API wrote (problem details) are in the language of the request.
        void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'ref' });
      }}
    />
  );
}
