import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isValidJmbg } from '../../shared/jmbg.js';

/**
 * The date of birth a JMBG (DDMMYYYRRBBBK) states, `YYYY-MM-DD`: YYY 9xx is 19xx, 0xx is 20xx.
 * Only for a JMBG that passed `isValidJmbg`, which refuses the other centuries and impossible days.
 */
export function jmbgBirthDate(jmbg: string): string {
  const yyy = Number(jmbg.slice(4, 7));
  const year = yyy >= 900 ? 1000 + yyy : 2000 + yyy;
  return `${year}-${jmbg.slice(2, 4)}-${jmbg.slice(0, 2)}`;
}

/**
 * DTO fields: a date of birth that is the one the JMBG in `jmbgProperty` states. A JMBG that is
 * itself invalid is reported on its own field only, so the clerk sees one cause, not two.
 */
export function AgreesWithJmbg(jmbgProperty: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'jmbgDateOfBirth',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [jmbgProperty],
      options: { message: `$property must be the date of birth the JMBG (${jmbgProperty}) states`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const jmbg = (args.object as Record<string, unknown>)[jmbgProperty];
          if (typeof jmbg !== 'string' || !isValidJmbg(jmbg)) return true;
          return value === jmbgBirthDate(jmbg);
        },
      },
    });
}
