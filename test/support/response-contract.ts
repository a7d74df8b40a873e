import type { OpenAPIObject } from '@nestjs/swagger';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its function is the default export's default under NodeNext.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type Schema = Record<string, unknown>;
interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

/** What a check needs of a supertest response. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  req: { method: string; path: string };
}

/**
 * Reads the API's OpenAPI document the way a client generated from it would, and says where an
 * answer disagrees with it: a JSON answer whose status the route does not declare, a field missing,
 * of another type, null where the schema does not allow it, or a field the schema does not name.
 * Objects are closed (no field beyond the declared ones), so a DTO cannot leave out what the
 * service sends, and `nullable` is read as OpenAPI 3.0 means it.
 */
export class ResponseContract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly routes: Array<{ method: string; template: string; pattern: RegExp; operation: Operation; params: number }> = [];
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly components: Schema;

  constructor(document: OpenAPIObject) {
    addFormats(this.ajv);
    this.components = strict(document.components ?? {}) as Schema;
    for (const [template, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
        const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`);
        this.routes.push({ method: method.toUpperCase(), template, pattern, operation, params: (template.match(/\{/g) ?? []).length });
      }
    }
    // A literal segment wins over a parameter (`/cases/workflow` before `/cases/{id}`), as in the router.
    this.routes.sort((a, b) => a.params - b.params);
  }

  /** Null when the answer keeps to the declared schema (or the route declares none yet); otherwise what is wrong. */
  violation(answer: Answer): string | null {
    const path = answer.req.path.split('?')[0];
    const route = this.routes.find((r) => r.method === answer.req.method && r.pattern.test(path));
    if (!route) return null;
    const responses = route.operation.responses ?? {};
    const declares = (status: string) => Object.values(responses[status]?.content ?? {}).some((media) => media.schema);
    const where = `${answer.req.method} ${route.template} answered ${answer.status}`;
    const isJson = /^application\/json\b/.test(answer.headers['content-type'] ?? '');
    const response = responses[String(answer.status)];
    if (!response) {
      // A route without any declared answer is the register kit's to describe (test/openapi.e2e-spec.ts counts those).
      const declaresAny = Object.keys(responses).some((status) => status.startsWith('2') && declares(status));
      return answer.status < 300 && declaresAny ? `${where}, a status it does not declare` : null;
    }
    if (!isJson) return null;
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return answer.status < 300 && declares(String(answer.status)) ? `${where} in JSON, declared as a file` : null;
    const validate = this.validatorFor(`${route.method} ${route.template} ${answer.status}`, schema);
    if (validate(answer.body)) return null;
    const problems = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` '${e.params.additionalProperty}'` : ''}`);
    return `${where} against its declared schema: ${problems.join('; ')}`;
  }

  private validatorFor(key: string, schema: Schema): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) this.validators.set(key, (validate = this.ajv.compile({ ...(strict(schema) as Schema), components: this.components })));
    return validate;
  }
}

/**
 * The schema as JSON Schema reads it: OpenAPI 3.0's `nullable` as "or null", and every object
 * with declared properties closed to others.
 */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Schema;
  const copy: Schema = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, key === 'properties' ? mapValues(value as Schema) : strict(value)]));
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return nullable === true ? { anyOf: [{ type: 'null' }, copy] } : copy;
}

function mapValues(properties: Schema): Schema {
  return Object.fromEntries(Object.entries(properties).map(([name, schema]) => [name, strict(schema)]));
}
