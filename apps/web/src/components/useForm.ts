import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../api/problem';

export type Validators<T> = { [K in keyof T]?: (value: T[K], values: T) => string | null };

/**
 * A small form state: values, checks run as the user types (shown once a field was touched or
 * a submit was tried), and the API's own field refusals mapped back onto the fields.
 */
export function useForm<T extends Record<string, unknown>>(initial: T, validators: Validators<T>) {
  const [values, setValues] = useState<T>(initial);
  const [touched, setTouched] = useState<Partial<Record<keyof T, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<keyof T, string>>>({});

  const errors = useMemo(() => {
    const found: Partial<Record<keyof T, string>> = {};
    for (const key of Object.keys(validators) as Array<keyof T>) {
      const message = validators[key]?.(values[key], values);
      if (message) found[key] = message;
    }
    return found;
  }, [values, validators]);

  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setTouched((current) => ({ ...current, [key]: true }));
    setServerErrors((current) => ({ ...current, [key]: undefined }));
  }, []);

  /** The error to show under a field now. */
  const error = (key: keyof T): string | undefined => ((touched[key] || submitted) && errors[key]) || serverErrors[key] || undefined;

  return {
    values,
    set,
    error,
    valid: Object.keys(errors).length === 0,
    /** Marks every field touched; true when the form may be sent. */
    trySubmit(): boolean {
      setSubmitted(true);
      return Object.keys(errors).length === 0;
    },
    reset(next: T = initial) {
      setValues(next);
      setTouched({});
      setSubmitted(false);
      setServerErrors({});
    },
    /** Puts the API's field errors (`party.name` → `partyName` via `fieldMap`) under the fields; false if none matched. */
    showServerErrors(failure: unknown, message: (rule: string | undefined) => string, fieldMap: Record<string, keyof T> = {}): boolean {
      if (!(failure instanceof ApiError) || !failure.problem.errors) return false;
      const mapped: Partial<Record<keyof T, string>> = {};
      for (const problem of failure.problem.errors) {
        const key = fieldMap[problem.field] ?? (problem.field in values ? (problem.field as keyof T) : undefined);
        if (key) mapped[key] = message(problem.rule);
      }
      setServerErrors(mapped);
      return Object.keys(mapped).length > 0;
    },
  };
}
