export * from './access.decorators.js';
export * from './ability.factory.js';
export * from './permissions.js';
export * from './principal.js';
export * from './role.entity.js';
export * from './sql-conditions.js';
export * from './system-roles.js';
