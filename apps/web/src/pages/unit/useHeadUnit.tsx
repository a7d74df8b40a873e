import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useOrgUnits } from '../../api/reference';
import { useSession } from '../../auth/session';
import { useScript } from '../../i18n/format';

/** The unit a head of unit is looking at (one of those they head), kept in the address. */
export function useHeadUnit(): { unitId: string | undefined; picker: React.ReactNode } {
  const { t } = useTranslation();
  const session = useSession();
  const script = useScript();
  const units = useOrgUnits();
  const [params, setParams] = useSearchParams();
  const mine = session.headOfUnits;
  const unitId = mine.includes(params.get('unit') ?? '') ? params.get('unit')! : mine[0];
  const picker =
    mine.length > 1 ? (
      <Select
        aria-label={t('common.unit')}
        w={280}
        data={mine.map((id) => {
          const unit = units.data?.find((candidate) => candidate.id === id);
          return { value: id, label: unit ? `${unit.code} — ${script(unit.name)}` : id };
        })}
        value={unitId}
        onChange={(value) => value && setParams({ unit: value }, { replace: true })}
        allowDeselect={false}
      />
    ) : null;
  return { unitId, picker };
}
