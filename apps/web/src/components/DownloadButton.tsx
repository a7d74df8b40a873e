import { Button } from '@mantine/core';
import { useState } from 'react';
import { fetchFile } from '../api/client';
import { useErrorText } from './ErrorAlert';
import { notifyError } from './notify';

/** Saves a file the API sends (a CSV export, an attachment) under the name it gives, or `filename`. */
export function DownloadButton({ path, label, filename, size, variant = 'default' }: { path: string; label: string; filename?: string; size?: string; variant?: string }) {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size={size}
      variant={variant}
      loading={busy}
      onClick={() => {
        setBusy(true);
        fetchFile(path)
          .then(({ blob, filename: given }) => {
            const url = URL.createObjectURL(blob);
            const link = document.createElement('a');
            link.href = url;
            link.download = filename ?? given ?? 'download';
            link.click();
            window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
          })
          .catch((error: unknown) => notifyError(errorText(error)))
          .finally(() => setBusy(false));
      }}
    >
      {label}
    </Button>
  );
}
