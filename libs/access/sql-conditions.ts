import { rulesToAST } from '@casl/ability/extra';
import type { Action, AppAbility, Subject } from './permissions.js';

type SqlOperator = '=' | 'IN' | '<>' | 'NOT IN';

/**
 * How a record field the rules mention is written in SQL: a column expression, or a function for
 * fields that need a subquery (e.g. a user's units through their positions).
 */
export type FieldSql = string | ((operator: SqlOperator, param: string) => string);

export interface SqlCondition {
  where: string;
  parameters: Record<string, unknown>;
}

/** The shape of CASL's condition AST (ucast): compound nodes and field comparisons. */
interface AstNode {
  operator: string;
  value: unknown;
  field?: string;
}

const FIELD_OPERATORS: Record<string, SqlOperator> = { eq: '=', ne: '<>', in: 'IN', nin: 'NOT IN' };

/**
 * Turns what the ability allows for (action, subject) into a SQL condition for list queries, so
 * permission filtering happens in the same query as paging, never over rows loaded in memory.
 * A field the rules use but `fields` does not map is a programming error and throws.
 */
export function accessibleWhere(
  ability: AppAbility,
  action: Action,
  subject: Subject,
  fields: Record<string, FieldSql>,
  paramPrefix = 'acl',
): SqlCondition {
  const ast = rulesToAST(ability, action, subject) as AstNode | null;
  if (ast === null) return { where: '1 = 0', parameters: {} };
  const parameters: Record<string, unknown> = {};
  let counter = 0;
  const param = (value: unknown) => {
    const name = `${paramPrefix}${counter++}`;
    parameters[name] = value;
    return name;
  };

  const render = (node: AstNode): string => {
    const children = () => (node.value as AstNode[]).map(render);
    switch (node.operator) {
      case 'and': {
        const parts = children();
        return parts.length === 0 ? '1 = 1' : parts.map((p) => `(${p})`).join(' AND ');
      }
      case 'or': {
        const parts = children();
        return parts.length === 0 ? '1 = 0' : parts.map((p) => `(${p})`).join(' OR ');
      }
      case 'not':
        return `NOT (${render(node.value as AstNode)})`;
    }
    const operator = FIELD_OPERATORS[node.operator];
    if (!operator || node.field === undefined) throw new Error(`Unsupported operator ${node.operator} in permission conditions of ${subject}`);
    const sql = fields[node.field];
    if (sql === undefined) throw new Error(`No SQL mapping for permission field "${node.field}" of ${subject}`);
    const name = param(node.value);
    if (typeof sql === 'function') return sql(operator, name);
    if (operator === 'IN') return `${sql} = ANY(:${name})`;
    if (operator === 'NOT IN') return `NOT (${sql} = ANY(:${name}))`;
    return `${sql} ${operator} :${name}`;
  };

  return { where: render(ast), parameters };
}
