import { Button } from '@mantine/core';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchBlob } from '../../api/client';
import { useOrgUnits } from '../../api/reference';
import type { CaseDetail } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { notifyError } from '../../components/notify';
import { formatDate, formatNumber, useScript } from '../../i18n/format';
import { currentLanguage } from '../../i18n/language';

/**
 * The reception stamp (prijemni štambilj) as it goes on the first page of the submission:
 * authority, day received, classification mark, case number, attachments and fee.
 */
export function ReceptionStamp({ file }: { file: CaseDetail }) {
  const { t } = useTranslation();
  const script = useScript();
  const units = useOrgUnits();
  const authority = units.data?.find((unit) => unit.parentId === null)?.name ?? t('receipt.authority');
  return (
    <div className="stamp" role="figure" aria-label={t('receipt.stampTitle')} data-testid="reception-stamp">
      <table>
        <tbody>
          <tr>
            <td colSpan={4} style={{ textAlign: 'center', fontWeight: 700 }}>
              {script(authority)}
            </td>
          </tr>
          <tr>
            <td colSpan={4} style={{ textAlign: 'center' }}>
              {t('receipt.receivedOn')}: {formatDate(file.receivedAt)}
            </td>
          </tr>
          <tr>
            <td>{t('receipt.classMark')}</td>
            <td colSpan={3}>{t('receipt.number')}</td>
          </tr>
          <tr>
            <td style={{ fontWeight: 700 }}>{file.classificationCode}</td>
            <td colSpan={3} style={{ fontWeight: 700 }}>
              {file.number}
            </td>
          </tr>
          <tr>
            <td>{t('receipt.attachments')}</td>
            <td>{file.attachmentsCount}</td>
            <td>{t('receipt.fee')}</td>
            <td>{file.feeAmount === null ? '—' : formatNumber(file.feeAmount)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/**
 * One click prints both papers: the stamp (this page's print area) and the party's receipt, the
 * PDF the API makes in the UI language, printed from a hidden frame.
 */
export function PrintReceiptButton({ file, variant = 'filled', ref }: { file: CaseDetail; variant?: string; ref?: Ref<HTMLButtonElement> }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    // The button is disabled while it loads, and printing takes the focus into the frame: the
    // keyboard user is brought back to it afterwards.
    const back = document.activeElement;
    setBusy(true);
    try {
      const receipt = await fetchBlob(`/api/cases/${file.id}/receipt.pdf?lang=${currentLanguage()}`);
      window.print();
      const url = URL.createObjectURL(receipt);
      const frame = document.createElement('iframe');
      // Only a printer reads it: kept out of the reading order and the tab order, named if met.
      frame.title = t('receipt.printBoth');
      frame.tabIndex = -1;
      frame.setAttribute('aria-hidden', 'true');
      frame.style.position = 'fixed';
      frame.style.width = '0';
      frame.style.height = '0';
      frame.style.border = '0';
      frame.dataset.testid = 'receipt-frame';
      frame.src = url;
      frame.onload = () => {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
        if (back instanceof HTMLElement) back.focus();
        window.setTimeout(() => {
          frame.remove();
          URL.revokeObjectURL(url);
        }, 60_000);
      };
      document.body.appendChild(frame);
    } catch (error) {
      notifyError(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button ref={ref} variant={variant} loading={busy} onClick={() => void print()}>
        {t('receipt.printBoth')}
      </Button>
      <div className="print-only print-area">
        <ReceptionStamp file={file} />
      </div>
    </>
  );
}
