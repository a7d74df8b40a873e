import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isValidJmbg, jmbgBirthDate } from '../../shared/jmbg.js';

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
