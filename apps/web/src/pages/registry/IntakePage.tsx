import { Alert, Anchor, Autocomplete, Button, Card, Checkbox, Grid, Group, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { getHotkeyHandler, useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { searchFold } from '../../../../../libs/i18n/transliterate.js';
import { api, call } from '../../api/client';
import { useCases, useRegisterCase, type RegisterBody } from '../../api/cases';
import { isUsableMark, useClassificationMarks, useOrgUnits } from '../../api/reference';
import type { DuplicateCase, RegisteredCase } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { announce } from '../../components/LiveRegion';
import { PageHeader } from '../../components/PageHeader';
import { UploadZone } from '../../components/UploadZone';
import { useForm } from '../../components/useForm';
import { belgradeToday, formatDateTime, useScript } from '../../i18n/format';
import { PrintReceiptButton, ReceptionStamp } from './ReceptionStamp';

const CHANNELS = ['counter', 'post', 'email', 'portal', 'courier', 'internal'] as const;
const PERSONAL_ID = /^([0-9]{8,9}|[0-9]{13})$/;

const EMPTY = {
  classificationCode: null as string | null,
  orgUnitId: null as string | null,
  subject: '',
  partyName: '',
  partyAddress: '',
  personalId: '',
  receivedVia: 'counter' as (typeof CHANNELS)[number],
  receivedOn: null as string | null,
  attachmentsCount: 0 as number | string,
  feeAmount: '' as number | string,
  administrativeProcedure: true,
  examinationProcedure: false,
  deadlineDays: '' as number | string,
};

/**
 * Registration of a submission (zavođenje): the form follows the paper top to bottom, pickers
 * filter as the clerk types, earlier parties are offered, a possible duplicate is shown before
 * registering, scans go up as soon as the number is drawn, and Ctrl+Enter registers.
 */
export default function IntakePage() {
  const { t } = useTranslation();
  const script = useScript();
  const errorText = useErrorText();
  const marks = useClassificationMarks();
  const units = useOrgUnits();
  const register = useRegisterCase();
  const [registered, setRegistered] = useState<RegisteredCase | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const first = useRef<HTMLInputElement>(null);
  const today = belgradeToday();

  const form = useForm(EMPTY, {
    classificationCode: (value) => (value ? null : t('validation.required')),
    orgUnitId: (value) => (value ? null : t('validation.required')),
    subject: (value) => (!value.trim() ? t('validation.required') : value.length > 1000 ? t('validation.tooLong', { max: 1000 }) : null),
    partyName: (value) => (!value.trim() ? t('validation.required') : value.length > 300 ? t('validation.tooLong', { max: 300 }) : null),
    partyAddress: (value) => (value.length > 500 ? t('validation.tooLong', { max: 500 }) : null),
    personalId: (value) => (value.trim() && !PERSONAL_ID.test(value.trim()) ? t('validation.jmbg') : null),
    receivedOn: (value) => (value && value > today ? t('validation.notInFuture') : null),
    attachmentsCount: (value) => (value !== '' && Number(value) < 0 ? t('validation.positive') : null),
    feeAmount: (value) => (value !== '' && Number(value) < 0 ? t('validation.positive') : null),
  });
  const v = form.values;

  const year = Number(today.slice(0, 4));
  const markOptions = useMemo(
    () =>
      (marks.data ?? [])
        .filter((mark) => isUsableMark(mark, year))
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((mark) => ({ value: mark.code, label: `${mark.code} — ${script(mark.title)}` })),
    [marks.data, year, script],
  );
  const unitOptions = useMemo(() => (units.data ?? []).filter((unit) => unit.active).map((unit) => ({ value: unit.id, label: `${unit.code} — ${script(unit.name)}` })), [units.data, script]);

  // Earlier parties: cases whose party matches what is typed, one suggestion per name.
  const [partyQuery] = useDebouncedValue(v.partyName.trim(), 250);
  const earlier = useCases({ q: partyQuery, pageSize: 30 }, { enabled: partyQuery.length >= 3 && !registered });
  const partyOptions = useMemo(() => {
    const folded = searchFold(partyQuery);
    const seen = new Map<string, string>();
    for (const file of earlier.data?.items ?? []) {
      if (searchFold(file.partyName).includes(folded) && !seen.has(file.partyName)) seen.set(file.partyName, file.id);
    }
    return seen;
  }, [earlier.data, partyQuery]);

  // Possible duplicates as the clerk types (the API asks the same before drawing a number).
  const [dupKey] = useDebouncedValue(`${v.partyName.trim()}\u0000${v.subject.trim()}`, 400);
  const [dupParty, dupSubject] = dupKey.split('\u0000');
  const duplicates = useQuery({
    queryKey: ['duplicates', dupParty, dupSubject],
    enabled: !registered && dupParty.length >= 2 && dupSubject.length >= 3,
    queryFn: () => call(api.GET('/api/cases/possible-duplicates', { params: { query: { partyName: dupParty, subject: dupSubject } } })),
  });

  const fillFromEarlier = (name: string) => {
    const id = partyOptions.get(name);
    if (!id || v.partyAddress) return;
    void call(api.GET('/api/cases/{id}', { params: { path: { id } } }))
      .then((file) => {
        if (file.party.address) form.set('partyAddress', file.party.address);
        if (file.party.personalId) form.set('personalId', file.party.personalId);
      })
      .catch(() => undefined);
  };

  const submit = () => {
    setFailure(null);
    if (!form.trySubmit()) {
      setFailure(t('validation.fixErrors'));
      return;
    }
    const body: RegisterBody = {
      classificationCode: v.classificationCode!,
      orgUnitId: v.orgUnitId!,
      subject: v.subject.trim(),
      party: {
        name: v.partyName.trim(),
        ...(v.partyAddress.trim() ? { address: v.partyAddress.trim() } : {}),
        ...(v.personalId.trim() ? { personalId: v.personalId.trim() } : {}),
      },
      receivedVia: v.receivedVia,
      // A day other than today: the start of it; today: the moment of registration.
      ...(v.receivedOn && v.receivedOn !== today ? { receivedAt: v.receivedOn } : {}),
      attachmentsCount: Number(v.attachmentsCount) || 0,
      ...(v.feeAmount !== '' ? { feeAmount: Number(v.feeAmount) } : {}),
      administrativeProcedure: v.administrativeProcedure,
      ...(v.administrativeProcedure ? { examinationProcedure: v.examinationProcedure } : {}),
      ...(v.deadlineDays !== '' ? { deadlineDays: Number(v.deadlineDays) } : {}),
    };
    register.mutate(body, {
      onSuccess: (file) => {
        setRegistered(file);
        announce(t('intake.registered', { number: file.number }));
      },
      onError: (error) => {
        const mapped = form.showServerErrors(error, (rule) => (rule === 'jmbgChecksum' ? t('validation.jmbg') : rule === 'notInFuture' ? t('validation.notInFuture') : t('validation.invalid')), {
          'party.name': 'partyName',
          'party.address': 'partyAddress',
          'party.personalId': 'personalId',
          receivedAt: 'receivedOn',
        });
        setFailure(mapped ? `${errorText(error)} ${t('validation.fixErrors')}` : errorText(error));
      },
    });
  };

  const startAnother = () => {
    setRegistered(null);
    setFailure(null);
    form.reset({ ...EMPTY, receivedVia: v.receivedVia });
    setRound((n) => n + 1);
    window.setTimeout(() => first.current?.focus(), 0);
  };

  const hotkeys = getHotkeyHandler([['mod+Enter', () => (registered ? startAnother() : submit())]]);
  const locked = !!registered;

  return (
    <Stack onKeyDown={hotkeys}>
      <PageHeader title={t('intake.title')} subtitle={t('intake.subtitle')} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder padding="md" component="form" noValidate aria-label={t('intake.title')} onSubmit={(event) => { event.preventDefault(); submit(); }}>
            <Stack gap="sm">
              <Group grow align="flex-start">
                <Select
                  ref={first}
                  autoFocus
                  label={t('intake.classification')}
                  placeholder={t('intake.classificationPlaceholder')}
                  required
                  searchable
                  limit={50}
                  data={markOptions}
                  value={v.classificationCode}
                  onChange={(value) => form.set('classificationCode', value)}
                  error={form.error('classificationCode')}
                  nothingFoundMessage={t('common.noResults')}
                  disabled={locked}
                  filter={({ options, search }) => {
                    const folded = searchFold(search.trim());
                    return (options as Array<{ value: string; label: string }>).filter((option) => option.value.startsWith(search.trim()) || searchFold(option.label).includes(folded));
                  }}
                />
                <Select
                  label={t('intake.unit')}
                  placeholder={t('intake.unitPlaceholder')}
                  required
                  searchable
                  data={unitOptions}
                  value={v.orgUnitId}
                  onChange={(value) => form.set('orgUnitId', value)}
                  error={form.error('orgUnitId')}
                  nothingFoundMessage={t('common.noResults')}
                  disabled={locked}
                  filter={({ options, search }) => {
                    const folded = searchFold(search.trim());
                    return (options as Array<{ value: string; label: string }>).filter((option) => searchFold(option.label).includes(folded));
                  }}
                />
              </Group>
              <TextInput label={t('intake.subject')} required value={v.subject} onChange={(event) => form.set('subject', event.currentTarget.value)} error={form.error('subject')} disabled={locked} />
              <Group grow align="flex-start">
                <Autocomplete
                  label={t('intake.partyName')}
                  placeholder={t('intake.partyPlaceholder')}
                  required
                  data={[...partyOptions.keys()].map((name) => ({ value: name, label: script(name) }))}
                  value={v.partyName}
                  onChange={(value) => form.set('partyName', value)}
                  onOptionSubmit={fillFromEarlier}
                  error={form.error('partyName')}
                  disabled={locked}
                  filter={({ options }) => options}
                />
                <TextInput label={t('intake.partyAddress')} value={v.partyAddress} onChange={(event) => form.set('partyAddress', event.currentTarget.value)} error={form.error('partyAddress')} disabled={locked} />
              </Group>
              <Group grow align="flex-start">
                <TextInput label={t('intake.personalId')} inputMode="numeric" maxLength={13} value={v.personalId} onChange={(event) => form.set('personalId', event.currentTarget.value.replace(/\D/g, ''))} error={form.error('personalId')} disabled={locked} />
                <Select
                  label={t('intake.receivedVia')}
                  data={CHANNELS.map((value) => ({ value, label: t(`receivedVia.${value}`) }))}
                  value={v.receivedVia}
                  onChange={(value) => value && form.set('receivedVia', value as (typeof CHANNELS)[number])}
                  allowDeselect={false}
                  disabled={locked}
                />
                <DateInput label={t('intake.receivedAt')} placeholder={formatDateTime(new Date().toISOString()).split(' ')[0]} valueFormat="DD.MM.YYYY" maxDate={today} value={v.receivedOn} onChange={(value) => form.set('receivedOn', value)} error={form.error('receivedOn')} clearable disabled={locked} />
              </Group>
              <Group grow align="flex-start">
                <NumberInput label={t('intake.attachmentsCount')} min={0} max={10000} allowDecimal={false} value={v.attachmentsCount} onChange={(value) => form.set('attachmentsCount', value)} error={form.error('attachmentsCount')} disabled={locked} />
                <NumberInput label={t('intake.fee')} min={0} decimalScale={2} decimalSeparator="," thousandSeparator="." value={v.feeAmount} onChange={(value) => form.set('feeAmount', value)} error={form.error('feeAmount')} disabled={locked} />
                <NumberInput label={t('intake.deadlineDays')} min={1} max={3650} allowDecimal={false} value={v.deadlineDays} onChange={(value) => form.set('deadlineDays', value)} disabled={locked || !v.administrativeProcedure} />
              </Group>
              <Group>
                <Checkbox label={t('intake.administrativeProcedure')} checked={v.administrativeProcedure} onChange={(event) => form.set('administrativeProcedure', event.currentTarget.checked)} disabled={locked} />
                <Checkbox label={t('intake.examinationProcedure')} checked={v.examinationProcedure} onChange={(event) => form.set('examinationProcedure', event.currentTarget.checked)} disabled={locked || !v.administrativeProcedure} />
              </Group>
              {!registered && (duplicates.data?.items.length ?? 0) > 0 && <DuplicateWarning cases={duplicates.data!.items} />}
              {failure && (
                <Alert color="red" role="alert">
                  {failure}
                </Alert>
              )}
              {!registered && (
                <Group justify="flex-end">
                  <Text size="xs" c="dimmed">
                    Ctrl+Enter
                  </Text>
                  <Button type="submit" loading={register.isPending}>
                    {t('intake.submit')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <Card withBorder padding="md">
              <Title order={2} size="h5" mb="xs">
                {t('intake.scans')}
              </Title>
              <UploadZone key={round} target={registered ? `/api/cases/${registered.id}/attachments` : null} />
            </Card>
            {registered && <Registered file={registered} onAnother={startAnother} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function DuplicateWarning({ cases }: { cases: DuplicateCase[] }) {
  const { t } = useTranslation();
  const script = useScript();
  return (
    <Alert color="yellow" title={t('intake.duplicateTitle')} role="status">
      <Text size="sm" mb={4}>
        {t('intake.duplicateText')}
      </Text>
      {cases.map((file) => (
        <Text size="sm" key={file.id}>
          <Anchor component={Link} to={`/cases/${file.id}`} target="_blank">
            {file.number}
          </Anchor>{' '}
          — {script(file.partyName)}: {script(file.subject)}
        </Text>
      ))}
    </Alert>
  );
}

function Registered({ file, onAnother }: { file: RegisteredCase; onAnother(): void }) {
  const { t } = useTranslation();
  const print = useRef<HTMLButtonElement>(null);
  // The form is locked once registered, which takes the focus from its fields: it goes to what
  // the clerk does next, printing the receipt and stamp (Enter), while the number is announced.
  useEffect(() => print.current?.focus(), []);
  return (
    <Card withBorder padding="md" bg="green.0">
      <Stack gap="sm">
        <Title order={2} size="h4" data-testid="registered-number">
          {t('intake.registered', { number: file.number })}
        </Title>
        <ReceptionStamp file={file} />
        {file.warnings.length > 0 && <DuplicateWarning cases={file.warnings[0].cases} />}
        <PrintReceiptButton file={file} ref={print} />
        <Button variant="light" onClick={onAnother}>
          {t('intake.another')}
        </Button>
        <Button variant="default" component={Link} to={`/cases/${file.id}`}>
          {t('intake.openCase')}
        </Button>
      </Stack>
    </Card>
  );
}
