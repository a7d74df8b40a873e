import { Combobox, Group, Kbd, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCases } from '../api/cases';
import { StatusBadge } from '../components/CaseBadges';
import { useScript } from '../i18n/format';

/**
 * Finds cases by number, party or subject in either script as the user types (the API folds
 * Cyrillic, Latin and diacritics alike). Enter opens the chosen case, or every match.
 */
export function GlobalSearch() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const script = useScript();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [q] = useDebouncedValue(value.trim(), 250);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const results = useCases({ q, pageSize: 8 }, { enabled: q.length >= 2 });
  useHotkeys([['/', () => input.current?.focus()]]);

  const showAll = () => {
    if (!value.trim()) return;
    combobox.closeDropdown();
    navigate(`/search?q=${encodeURIComponent(value.trim())}`);
  };
  const items = q.length >= 2 ? (results.data?.items ?? []) : [];

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        combobox.closeDropdown();
        setValue('');
        navigate(id === '*' ? `/search?q=${encodeURIComponent(value.trim())}` : `/cases/${id}`);
      }}
      withinPortal
    >
      <Combobox.Target>
        <TextInput
          // Chromium keeps painting the old placeholder of a focused input after a language switch.
          key={i18n.language}
          ref={input}
          role="searchbox"
          w={{ base: 200, md: 380 }}
          size="sm"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={value}
          rightSection={<Kbd size="xs">/</Kbd>}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && combobox.getSelectedOptionIndex() < 0) {
              event.preventDefault();
              showAll();
            }
            if (event.key === 'Escape') setValue('');
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={q.length < 2}>
        <Combobox.Options aria-label={t('search.title')}>
          {items.map((file) => (
            <Combobox.Option value={file.id} key={file.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {file.number}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {script(file.partyName)} — {script(file.subject)}
                  </Text>
                </div>
                <StatusBadge status={file.status} />
              </Group>
            </Combobox.Option>
          ))}
          {results.isFetched && items.length === 0 && <Combobox.Empty>{t('common.noResults')}</Combobox.Empty>}
          {items.length > 0 && (
            <Combobox.Option value="*">
              <Text size="sm" c="blue">
                {t('search.resultsFor', { q: value.trim() })} ({results.data?.total})
              </Text>
            </Combobox.Option>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
