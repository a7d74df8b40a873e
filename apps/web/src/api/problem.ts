/** One field the API refused, as its problem details list it. */
export interface FieldProblem {
  field: string;
  rule?: string;
  message?: string;
}

/** RFC 9457 problem details with Spis's stable `code` (libs/shared/problem-details.filter.ts). */
export interface Problem {
  status: number;
  code: string;
  detail?: string;
  requestId?: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem, cause?: unknown) {
    super(problem.code, { cause });
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  /** The API's reason for one form field (`party.name`), if it named it. */
  fieldProblem(field: string): FieldProblem | undefined {
    return this.problem.errors?.find((error) => error.field === field);
  }
}

/** Whatever came back (problem details, a proxy's HTML page, nothing) as a Problem. */
export function problemFrom(status: number, body: unknown): Problem {
  const candidate = body as Partial<Problem> | undefined;
  if (candidate && typeof candidate === 'object' && typeof candidate.code === 'string') {
    return {
      status,
      code: candidate.code,
      detail: typeof candidate.detail === 'string' ? candidate.detail : undefined,
      requestId: typeof candidate.requestId === 'string' ? candidate.requestId : undefined,
      errors: Array.isArray(candidate.errors) ? candidate.errors : undefined,
    };
  }
  return { status, code: status >= 500 ? 'SERVER_UNAVAILABLE' : 'UNEXPECTED_RESPONSE' };
}
