import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { registerByPath, type RegisterInfo } from './registry';

/** The register of the address (/registers/<name>), with its printed words in the UI language. */
export function useRegister(): { register: RegisterInfo | undefined; labels: any } {
  const { register: path } = useParams();
  const { i18n } = useTranslation();
  const register = registerByPath(path ?? '');
  const labels = register ? (register.labels[i18n.language as keyof typeof register.labels] ?? register.labels['sr-Latn']) : undefined;
  return { register, labels };
}

/** `family-members`, `lease-end` → `familyMembers`, `leaseEnd`. */
export const camel = (key: string) => key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

const humanize = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());

/** The register's column word where the API names a field differently. */
const ALIASES: Record<string, string> = {
  parcelNumber: 'parcel',
  buildingNumber: 'building',
  unitNumber: 'unit',
  userName: 'user',
  statusFrom: 'statusSince',
  termFrom: 'leaseFrom',
  termTo: 'leaseTo',
  municipalityRole: 'role',
  valueInDispute: 'value',
  paymentMethod: 'method',
  amountMinor: 'amount',
};

/**
 * A field's name: the register's own printed word where it has one (so screen, PDF and CSV
 * agree), else the app's word for it (`registerFields`); a field the app does not know yet is
 * spelled out from its name rather than left blank.
 */
export function fieldLabel(labels: any, path: string): string {
  const key = path.split('.').pop()!.replace(/\[\]$/, '');
  const own = labels?.columns?.[key] ?? labels?.columns?.[ALIASES[key]];
  if (own) return own;
  for (const candidate of [key, ALIASES[key]]) {
    const common = `registerFields.${candidate}`;
    if (candidate && i18n.exists(common)) return i18n.t(common as 'registerFields.note');
  }
  return humanize(key);
}

/** The register's catalogs of coded values, by the field that holds them. */
const OWN_CATALOGS: Record<string, string[]> = {
  kind: ['kinds', 'documentKinds', 'encumbranceKinds'],
  status: ['statuses'],
  method: ['methods'],
  paymentMethod: ['methods'],
  municipalityRole: ['roles'],
  outcome: ['outcomes'],
  reason: ['reasons'],
  duplicateReason: ['reasons'],
};

/** The app's catalogs (`registerValues`) for coded values the registers do not print. */
const APP_CATALOGS: Record<string, string[]> = {
  kind: ['movement', 'assistanceKind', 'paymentKind'],
  state: ['hearingState'],
  to: ['recipient'],
  relation: ['relation'],
};

/** A coded value (kind, status, method, role…) in the register's words, else the app's. */
export function valueLabel(labels: any, path: string, value: string): string {
  const key = path.split('.').pop()!;
  for (const name of OWN_CATALOGS[key] ?? []) if (labels?.[name]?.[value]) return labels[name][value];
  for (const name of APP_CATALOGS[key] ?? []) {
    const text = `registerValues.${name}.${camel(value)}`;
    if (i18n.exists(text)) return i18n.t(text as 'registerValues.relation.other');
  }
  return value;
}

/** The button (and dialog title) of a change under an entry: `leases` → "Add a lease". */
export function actionLabel(labels: any, key: string): string {
  const text = `registerActions.${camel(key)}`;
  return i18n.exists(text) ? i18n.t(text as 'registerActions.leases') : fieldLabel(labels, key);
}

/** What a history item did: `lease-end` → "Lease ended". */
export function historyLabel(labels: any, action: string): string {
  const text = `registerHistory.${camel(action)}`;
  return i18n.exists(text) ? i18n.t(text as 'registerHistory.create') : fieldLabel(labels, action);
}
