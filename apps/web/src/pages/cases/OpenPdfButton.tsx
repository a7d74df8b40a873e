import { Button } from '@mantine/core';
import { useState } from 'react';
import { fetchBlob } from '../../api/client';
import { currentLanguage } from '../../i18n/language';
import { useErrorText } from '../../components/ErrorAlert';
import { notifyError } from '../../components/notify';

/** Opens a PDF the API prints (in the UI language) in a new tab; the request carries the session's token. */
export function OpenPdfButton({ path, label, variant = 'default' }: { path: string; label: string; variant?: string }) {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant={variant}
      loading={busy}
      onClick={() => {
        // Opened before the await, so the browser counts it as the user's click and does not block it.
        const tab = window.open('', '_blank');
        setBusy(true);
        fetchBlob(`${path}${path.includes('?') ? '&' : '?'}lang=${currentLanguage()}`)
          .then((blob) => {
            const url = URL.createObjectURL(blob);
            if (tab) tab.location.href = url;
            else window.location.assign(url);
            window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
          })
          .catch((error: unknown) => {
            tab?.close();
            notifyError(errorText(error));
          })
          .finally(() => setBusy(false));
      }}
    >
      {label}
    </Button>
  );
}
