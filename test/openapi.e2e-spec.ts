import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ResponseContract } from './support/response-contract.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

interface Operation {
  operationId?: string;
  responses: Record<string, { content?: Record<string, { schema?: { format?: string } }> }>;
}

/** `METHOD /path` of every operation the document describes. */
function operationsOf(document: OpenAPIObject): Array<{ name: string; path: string; operation: Operation }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, path, operation })),
  );
}

/** A 2xx answer described by a schema (JSON) or as a file (binary), or an empty 204. */
function declaresItsAnswer(operation: Operation): boolean {
  return Object.entries(operation.responses).some(
    ([status, response]) =>
      status.startsWith('2') &&
      (status === '204' || Object.values(response.content ?? {}).some((media) => media.schema !== undefined)),
  );
}

describe('the OpenAPI document', () => {
  let spis: TestApp;
  let document: OpenAPIObject;
  beforeAll(async () => {
    spis = await startTestApp();
    document = (await spis.http.get('/api/docs/openapi.json').expect(200)).body;
  });
  afterAll(() => spis.close());

  it('declares the answer of every operation: a schema for JSON, binary for a file', () => {
    const undeclared = operationsOf(document)
      .filter(({ operation }) => !declaresItsAnswer(operation))
      .map(({ name }) => name);
    expect(undeclared).toEqual([]);
  });

  it('counts its operations and those with a declared answer', () => {
    const all = operationsOf(document);
    const declared = all.filter(({ operation }) => declaresItsAnswer(operation));
    // docs/architecture.md ("Typed answers") quotes these two numbers.
    expect({ operations: all.length, declared: declared.length }).toEqual({ operations: 146, declared: 146 });
  });
});

describe('the answer check every end-to-end request goes through', () => {
  const document = {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/api/things/{id}': { get: { responses: { '200': { description: '', content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingDto' } } } } } } },
      '/api/things/count': { get: { responses: { '200': { description: '', content: { 'application/json': { schema: { type: 'number' } } } } } } },
      '/api/loose': { get: { responses: { '200': { description: '' } } } },
    },
    components: {
      schemas: {
        ThingDto: {
          type: 'object',
          required: ['id', 'note'],
          properties: { id: { type: 'string', format: 'uuid' }, note: { type: 'string', nullable: true } },
        },
      },
    },
  } as unknown as OpenAPIObject;
  const contract = new ResponseContract(document);
  const answer = (path: string, body: unknown, status = 200) => ({
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body,
    req: { method: 'GET', path },
  });
  const id = '00000000-0000-4000-8000-000000000001';

  it('passes an answer that keeps to the schema, null where it is nullable', () => {
    expect(contract.violation(answer(`/api/things/${id}`, { id, note: null }))).toBeNull();
  });

  it('names the route and the field of an answer that does not', () => {
    expect(contract.violation(answer(`/api/things/${id}`, { id, note: 3 }))).toMatch(/GET \/api\/things\/\{id\} answered 200 .*\/note must be/);
    expect(contract.violation(answer(`/api/things/${id}`, { id }))).toMatch(/must have required property 'note'/);
  });

  it('refuses a field the schema does not name', () => {
    expect(contract.violation(answer(`/api/things/${id}`, { id, note: 'x', secret: 'y' }))).toMatch(/additional properties 'secret'/);
  });

  it('refuses a status the route does not declare', () => {
    expect(contract.violation(answer(`/api/things/${id}`, { id, note: null }, 201))).toMatch(/a status it does not declare/);
  });

  it('matches a literal path segment before a parameter', () => {
    expect(contract.violation(answer('/api/things/count', 3))).toBeNull();
  });

  it('lets a route that declares no answer yet through', () => {
    expect(contract.violation(answer('/api/loose', { anything: true }))).toBeNull();
  });
});
