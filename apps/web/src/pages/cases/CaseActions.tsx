import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssign, useCaseAction, type ActionDetails } from '../../api/cases';
import { useUnitOfficials } from '../../api/people';
import { ApiError } from '../../api/problem';
import { useOrgUnits } from '../../api/reference';
import type { CaseAction, CaseDetail, CaseSummary } from '../../api/types';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../components/ErrorAlert';
import { notifyError, notifySuccess } from '../../components/notify';
import { belgradeToday, useScript } from '../../i18n/format';

/** Actions taken at once: nothing to ask. */
const IMMEDIATE: CaseAction[] = ['accept', 'resume', 'return'];
const RESOLUTION_KINDS = ['granted', 'partially_granted', 'rejected', 'dismissed', 'suspended', 'withdrawn', 'other'] as const;
const PRIMARY: CaseAction[] = ['accept', 'resolve', 'close', 'archive', 'assign'];

/**
 * The buttons for what the user may do to the case now: exactly `availableActions` the API
 * computed from the state machine and the user's permissions on this case.
 */
export function CaseActions({ file }: { file: CaseSummary | CaseDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<CaseAction | null>(null);
  const action = useCaseAction();
  const errorText = useErrorText();

  if (file.availableActions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('casePage.noActions')}
      </Text>
    );
  }
  const runImmediate = (name: CaseAction) =>
    action.mutate(
      { file, action: name },
      {
        onSuccess: () => notifySuccess(t('casePage.done', { action: t(`caseAction.${name}`) })),
        onError: (error) => notifyError(error instanceof ApiError && error.code === 'VERSION_CONFLICT' ? t('casePage.versionConflict') : errorText(error)),
      },
    );
  return (
    <>
      <Group gap="xs" aria-label={t('casePage.availableNow')} role="group">
        {file.availableActions.map((name) => (
          <Button
            key={name}
            size="sm"
            variant={PRIMARY.includes(name) ? 'filled' : name === 'cancel' ? 'outline' : 'light'}
            color={name === 'cancel' ? 'red' : undefined}
            loading={action.isPending && action.variables?.action === name}
            onClick={() => (IMMEDIATE.includes(name) ? runImmediate(name) : setOpen(name))}
          >
            {t(`caseAction.${name}`)}
          </Button>
        ))}
      </Group>
      {open === 'assign' ? (
        <AssignModal file={file} onClose={() => setOpen(null)} />
      ) : (
        open && <ActionModal file={file} action={open} onClose={() => setOpen(null)} />
      )}
    </>
  );
}

/** The details an action asks for, in one dialog. */
export function ActionModal({ file, action, onClose }: { file: CaseSummary; action: CaseAction; onClose(): void }) {
  const { t } = useTranslation();
  const mutation = useCaseAction();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [text, setText] = useState(action === 'close' ? (file.resolution ?? '') : '');
  const [kind, setKind] = useState<string | null>(action === 'close' ? file.resolutionKind : null);
  const [date, setDate] = useState<string | null>(null);
  const [room, setRoom] = useState('');
  const [shelf, setShelf] = useState('');
  const [box, setBox] = useState('');
  const [purpose, setPurpose] = useState('');

  const needsText = ['resolve', 'close', 'cancel', 'lend'].includes(action);
  const textMissing = needsText && !text.trim();
  const roomMissing = action === 'archive' && !room.trim();
  const required = (missing: boolean) => (tried && missing ? t('validation.required') : undefined);

  const details = (): ActionDetails => {
    switch (action) {
      case 'resolve':
      case 'close':
        return { resolution: text.trim(), ...(kind ? { resolutionKind: kind as ActionDetails['resolutionKind'] } : {}) };
      case 'hold':
        return { ...(text.trim() ? { reason: text.trim() } : {}), ...(date ? { expectedUntil: date } : {}) };
      case 'reopen':
        return text.trim() ? { reason: text.trim() } : {};
      case 'cancel':
        return { reason: text.trim() };
      case 'archive':
        return { location: { room: room.trim(), shelf: shelf.trim() || null, box: box.trim() || null } as unknown as Record<string, never> };
      case 'lend':
        return { borrower: { name: text.trim(), purpose: purpose.trim() || null, dueOn: date } as unknown as Record<string, never> };
      default:
        return {};
    }
  };

  const submit = () => {
    setTried(true);
    if (textMissing || roomMissing) return;
    mutation.mutate(
      { file, action, details: details() },
      {
        onSuccess: () => {
          notifySuccess(t('casePage.done', { action: t(`caseAction.${action}`) }));
          onClose();
        },
        onError: (error) => setFailure(error instanceof ApiError && error.code === 'VERSION_CONFLICT' ? t('casePage.versionConflict') : errorText(error)),
      },
    );
  };

  const textLabel = {
    resolve: t('actionForm.resolution'),
    close: t('actionForm.resolution'),
    cancel: t('actionForm.reason'),
    hold: t('actionForm.reason'),
    reopen: t('actionForm.reason'),
    lend: t('actionForm.borrower'),
  } as Partial<Record<CaseAction, string>>;

  return (
    <Modal opened onClose={onClose} title={`${t(`caseAction.${action}`)} — ${file.number}`} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          {textLabel[action] &&
            (action === 'lend' ? (
              <TextInput label={textLabel[action]} required data-autofocus value={text} onChange={(event) => setText(event.currentTarget.value)} error={required(textMissing)} />
            ) : (
              <Textarea label={textLabel[action]} required={needsText} data-autofocus autosize minRows={2} maxLength={2000} value={text} onChange={(event) => setText(event.currentTarget.value)} error={required(textMissing)} />
            ))}
          {(action === 'resolve' || action === 'close') && (
            <Select label={t('actionForm.resolutionKind')} data={RESOLUTION_KINDS.map((value) => ({ value, label: t(`resolutionKind.${value}`) }))} value={kind} onChange={setKind} clearable />
          )}
          {action === 'hold' && <DateInput label={t('actionForm.expectedUntil')} value={date} onChange={setDate} minDate={belgradeToday()} valueFormat="DD.MM.YYYY" clearable />}
          {action === 'archive' && (
            <Group grow>
              <TextInput label={t('actionForm.room')} required data-autofocus value={room} onChange={(event) => setRoom(event.currentTarget.value)} error={required(roomMissing)} />
              <TextInput label={t('actionForm.shelf')} value={shelf} onChange={(event) => setShelf(event.currentTarget.value)} />
              <TextInput label={t('actionForm.box')} value={box} onChange={(event) => setBox(event.currentTarget.value)} />
            </Group>
          )}
          {action === 'lend' && (
            <>
              <TextInput label={t('actionForm.purpose')} value={purpose} onChange={(event) => setPurpose(event.currentTarget.value)} />
              <DateInput label={t('actionForm.dueOn')} value={date} onChange={setDate} minDate={belgradeToday()} valueFormat="DD.MM.YYYY" clearable />
            </>
          )}
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={action === 'cancel' ? 'red' : undefined} loading={mutation.isPending}>
              {t(`caseAction.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Assignment (signiranje): to a unit, and to one of its officials where the user may see them (a
 * head of unit does; the registry office hands cases to units).
 */
export function AssignModal({ file, onClose, onDone }: { file: CaseSummary; onClose(): void; onDone?(): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const script = useScript();
  const errorText = useErrorText();
  const units = useOrgUnits();
  const [orgUnitId, setOrgUnitId] = useState<string | null>(file.orgUnitId);
  const [assigneeId, setAssigneeId] = useState<string | null>(file.assigneeId);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const seesPeople = session.can('read', 'Position');
  const officials = useUnitOfficials(orgUnitId, seesPeople);
  const assign = useAssign();
  const unchanged = orgUnitId === file.orgUnitId && (assigneeId ?? null) === (file.assigneeId ?? null);

  return (
    <Modal opened onClose={onClose} title={`${t('caseAction.assign')} — ${file.number}`} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (unchanged || !orgUnitId) return;
          assign.mutate(
            { id: file.id, body: { version: file.version, ...(orgUnitId !== file.orgUnitId ? { orgUnitId } : {}), ...(assigneeId ? { assigneeId } : {}), ...(note.trim() ? { note: note.trim() } : {}) } },
            {
              onSuccess: (answer) => {
                const official = officials.data?.find((person) => person.userId === assigneeId);
                notifySuccess(official ? t('unit.assigned', { number: answer.number, name: script(official.fullName) }) : t('casePage.done', { action: t('caseAction.assign') }));
                onDone?.();
                onClose();
              },
              onError: (error) => setFailure(errorText(error)),
            },
          );
        }}
      >
        <Stack>
          <Select
            label={t('actionForm.assigneeUnit')}
            searchable
            data={(units.data ?? []).filter((unit) => unit.active).map((unit) => ({ value: unit.id, label: `${unit.code} — ${script(unit.name)}` }))}
            value={orgUnitId}
            onChange={(value) => {
              setOrgUnitId(value);
              setAssigneeId(null);
            }}
            allowDeselect={false}
          />
          {seesPeople && (
            <Select
              label={t('actionForm.assignee')}
              searchable
              data-autofocus
              data={(officials.data ?? []).map((person) => ({ value: person.userId, label: `${script(person.fullName)} — ${script(person.positionTitle)}` }))}
              value={assigneeId}
              onChange={setAssigneeId}
              nothingFoundMessage={t('common.noResults')}
            />
          )}
          <TextInput label={t('actionForm.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} maxLength={1000} />
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={unchanged} loading={assign.isPending}>
              {t('caseAction.assign')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
