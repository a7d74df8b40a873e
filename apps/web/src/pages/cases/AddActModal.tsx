import { Button, Checkbox, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddAct, type AddActBody } from '../../api/cases';
import type { CaseDetail } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';

type Direction = AddActBody['direction'];

/** When each kind of act may be added (as the API allows it). */
const OPEN_FOR: Record<Direction, string[]> = {
  incoming: ['registered', 'assigned', 'in_progress', 'on_hold', 'resolved', 'closed'],
  outgoing: ['in_progress', 'on_hold', 'resolved'],
  internal: ['in_progress', 'on_hold', 'resolved'],
};
const METHODS = ['post', 'registered_post', 'registered_post_return_receipt', 'courier', 'email', 'e_delivery', 'in_person'] as const;

/**
 * A new act of the case with the next sub-number: a later submission joined by the registry office
 * (incoming), or what the official writes (outgoing, sent through the outgoing mail book; internal).
 */
export function AddActButton({ file, processes, registers }: { file: CaseDetail; processes: boolean; registers: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const directions = (Object.keys(OPEN_FOR) as Direction[]).filter((direction) => OPEN_FOR[direction].includes(file.status) && (processes || (registers && direction === 'incoming')));
  if (directions.length === 0) return null;
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('casePage.addAct')}
      </Button>
      {open && <AddActModal file={file} directions={directions} onClose={() => setOpen(false)} />}
    </>
  );
}

function AddActModal({ file, directions, onClose }: { file: CaseDetail; directions: Direction[]; onClose(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const add = useAddAct();
  const [direction, setDirection] = useState<Direction>(directions.includes('outgoing') ? 'outgoing' : directions[0]);
  const [subject, setSubject] = useState('');
  const [correspondent, setCorrespondent] = useState(direction === 'outgoing' ? file.party.name : '');
  const [attachmentsCount, setAttachmentsCount] = useState<number | string>(0);
  const [dispatch, setDispatch] = useState(true);
  const [address, setAddress] = useState(file.party.address ?? '');
  const [method, setMethod] = useState<string>('registered_post_return_receipt');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const sending = direction === 'outgoing' && dispatch;
  const missing = { subject: !subject.trim(), correspondent: sending && !correspondent.trim() };

  return (
    <Modal opened onClose={onClose} title={`${t('casePage.addAct')} — ${file.number}`} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (missing.subject || missing.correspondent) return;
          const body: AddActBody = {
            direction,
            subject: subject.trim(),
            ...(correspondent.trim() ? { correspondent: correspondent.trim() } : {}),
            attachmentsCount: Number(attachmentsCount) || 0,
            ...(sending ? { dispatch: { recipientName: correspondent.trim(), ...(address.trim() ? { recipientAddress: address.trim() } : {}), method: method as NonNullable<AddActBody['dispatch']>['method'] } } : {}),
          };
          add.mutate(
            { id: file.id, body },
            {
              onSuccess: (act) => {
                notifySuccess(t('actForm.added', { number: act.number }));
                onClose();
              },
              onError: (error) => setFailure(errorText(error)),
            },
          );
        }}
      >
        <Stack>
          <Select
            label={t('actForm.direction')}
            data={directions.map((value) => ({ value, label: t(`direction.${value}`) }))}
            value={direction}
            onChange={(value) => value && setDirection(value as Direction)}
            allowDeselect={false}
          />
          <TextInput label={t('actForm.subject')} required data-autofocus maxLength={1000} value={subject} onChange={(event) => setSubject(event.currentTarget.value)} error={tried && missing.subject ? t('validation.required') : undefined} />
          <TextInput label={t('actForm.correspondent')} required={sending} maxLength={300} value={correspondent} onChange={(event) => setCorrespondent(event.currentTarget.value)} error={tried && missing.correspondent ? t('validation.required') : undefined} />
          <NumberInput label={t('actForm.attachmentsCount')} min={0} max={10000} w={180} value={attachmentsCount} onChange={setAttachmentsCount} />
          {direction === 'outgoing' && (
            <>
              <Checkbox label={t('actForm.dispatch')} checked={dispatch} onChange={(event) => setDispatch(event.currentTarget.checked)} />
              {dispatch && (
                <Group grow align="flex-start">
                  <TextInput label={t('actForm.recipientAddress')} maxLength={500} value={address} onChange={(event) => setAddress(event.currentTarget.value)} />
                  <Select label={t('actForm.method')} data={METHODS.map((value) => ({ value, label: t(`dispatchMethod.${value}`) }))} value={method} onChange={(value) => value && setMethod(value)} allowDeselect={false} />
                </Group>
              )}
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
            <Button type="submit" loading={add.isPending}>
              {t('common.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
