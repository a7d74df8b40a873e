import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The end of an edit form in a dialog: the refusal (if any), Cancel and Save. */
export function FormFooter({ failure, onCancel, saving }: { failure?: string | null; onCancel: () => void; saving: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {failure && (
        <Text c="red" size="sm" role="alert">
          {failure}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Group>
    </>
  );
}
