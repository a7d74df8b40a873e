import { Group, Pagination, Select, Text } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

const PAGE_SIZES = ['10', '20', '50', '100'];

/** Page and page size kept in the address, so a list can be bookmarked and Back returns to the same page. */
export function usePaging(defaultSize = 20, prefix = ''): { page: number; pageSize: number; setPage(page: number): void; setPageSize(size: number): void } {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get(`${prefix}page`)) || 1);
  const pageSize = Number(params.get(`${prefix}size`)) || defaultSize;
  const update = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        Object.entries(changes).forEach(([key, value]) => next.set(key, value));
        return next;
      },
      { replace: true },
    );
  return {
    page,
    pageSize,
    setPage: (next) => update({ [`${prefix}page`]: String(next) }),
    setPageSize: (size) => update({ [`${prefix}size`]: String(size), [`${prefix}page`]: '1' }),
  };
}

/** `capped`: the total is a lower bound (a text search stops counting there), said as "more than". */
export function Pager({ total, capped, page, pageSize, onPage, onPageSize }: { total: number; capped?: boolean; page: number; pageSize: number; onPage(page: number): void; onPageSize?(size: number): void }) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="sm" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t(capped ? 'pager.rangeCapped' : 'pager.range', { from, to, total })}
      </Text>
      <Group gap="sm">
        {onPageSize && (
          <Select
            size="xs"
            w={90}
            aria-label={t('pager.pageSize')}
            data={PAGE_SIZES}
            value={String(pageSize)}
            onChange={(value) => value && onPageSize(Number(value))}
            allowDeselect={false}
          />
        )}
        {pages > 1 && <Pagination size="sm" total={pages} value={page} onChange={onPage} aria-label={t('pager.label')} withEdges />}
      </Group>
    </Group>
  );
}
