import { Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadAttachment } from '../api/upload';
import type { Attachment } from '../api/types';
import { formatSize } from '../i18n/format';
import { useErrorText } from './ErrorAlert';

/** The types the API accepts (it decides from the bytes; this only spares a pointless upload). */
const ACCEPT = '.pdf,.tif,.tiff,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx,.odt,application/pdf,image/tiff,image/jpeg,image/png';

interface Item {
  key: string;
  file: File;
  progress: number;
  state: 'pending' | 'uploading' | 'done' | 'failed';
  error?: string;
}

/**
 * Drag-and-drop (or click, or Enter) upload of several files, each with its own progress bar.
 * `target` is the case's attachments address; without one the files wait until it is given — the
 * intake form takes scans before the case exists and sends them once its number is drawn.
 */
export function UploadZone({ target, onUploaded, label }: { target: string | null; onUploaded?(attachment: Attachment): void; label?: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [dragging, setDragging] = useState(false);

  const update = (key: string, change: Partial<Item>) => setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const start = (item: Item, path: string) => {
    update(item.key, { state: 'uploading' });
    uploadAttachment(path, item.file, (progress) => update(item.key, { progress }))
      .then((attachment) => {
        update(item.key, { state: 'done', progress: 1 });
        onUploaded?.(attachment);
      })
      .catch((error: unknown) => update(item.key, { state: 'failed', error: errorText(error) }));
  };

  // Files chosen before the case existed go up as soon as it does.
  useEffect(() => {
    if (target) items.filter((item) => item.state === 'pending').forEach((item) => start(item, target));
  }, [target]);

  const add = (files: FileList | null) => {
    if (!files) return;
    const added = Array.from(files).map((file, i): Item => ({ key: `${Date.now()}-${i}-${file.name}`, file, progress: 0, state: 'pending' }));
    setItems((current) => [...current, ...added]);
    if (target) added.forEach((item) => start(item, target));
  };

  return (
    <Stack gap="xs">
      {/* Named by what it shows (what to drop, the types taken), so speech input can say it too. */}
      <div
        className="dropzone"
        role="button"
        tabIndex={0}
        data-active={dragging}
        data-testid="upload-zone"
        onClick={() => input.current?.click()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            input.current?.click();
          }
        }}
        onDragOver={(event: DragEvent) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event: DragEvent) => {
          event.preventDefault();
          setDragging(false);
          add(event.dataTransfer.files);
        }}
      >
        <Text fw={500}>{label ?? t('upload.drop')}</Text>
        <Text size="xs" c="dimmed">
          {t('upload.types')}
        </Text>
        <input ref={input} type="file" multiple accept={ACCEPT} hidden onChange={(event) => add(event.currentTarget.files)} data-testid="upload-input" />
      </div>
      {items.map((item) => (
        <Stack key={item.key} gap={2} data-testid="upload-item" data-state={item.state}>
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" truncate>
              {item.file.name} <Text span c="dimmed" size="xs">({formatSize(item.file.size)})</Text>
            </Text>
            <Text size="xs" c={item.state === 'failed' ? 'red' : item.state === 'done' ? 'green' : 'dimmed'}>
              {t(`upload.${item.state === 'uploading' ? 'uploading' : item.state}`)}
            </Text>
          </Group>
          <Progress value={item.progress * 100} color={item.state === 'failed' ? 'red' : item.state === 'done' ? 'green' : 'blue'} size="sm" aria-label={item.file.name} animated={item.state === 'uploading'} />
          {item.error && (
            <Text size="xs" c="red" role="alert">
              {item.error}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
