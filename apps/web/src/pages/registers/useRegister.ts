import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { registerByPath, type RegisterInfo } from './registry';

/** The register of the address (/registers/<name>), with its printed words in the UI language. */
export function useRegister(): { register: RegisterInfo | undefined; labels: any } {
  const { register: path } = useParams();
  const { i18n } = useTranslation();
  const register = registerByPath(path ?? '');
  const labels = register?.labels ? (register.labels[i18n.language as keyof typeof register.labels] ?? register.labels['sr-Latn']) : undefined;
  return { register, labels };
}

const humanize = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());

/** A field's name: the register's own column word where it has one, else the field's name spelled out. */
export function fieldLabel(labels: any, path: string): string {
  const key = path.split('.').pop()!;
  const aliases: Record<string, string> = { parcelNumber: 'parcel', buildingNumber: 'building', unitNumber: 'unit', userName: 'user', statusFrom: 'statusSince' };
  const common = `registerFields.${key}`;
  return labels?.columns?.[key] ?? labels?.columns?.[aliases[key]] ?? (i18n.exists(common) ? i18n.t(common as 'registerFields.note') : humanize(key));
}

/** A coded value (kind, status, method) in the register's words, if it has them. */
export function valueLabel(labels: any, path: string, value: string): string {
  const key = path.split('.').pop()!;
  const catalogs: Record<string, string[]> = { kind: ['kinds', 'documentKinds', 'encumbranceKinds'], status: ['statuses'], method: ['methods'] };
  for (const name of catalogs[key] ?? []) if (labels?.[name]?.[value]) return labels[name][value];
  return value;
}
