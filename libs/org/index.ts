export * from './org.module.js';
export * from './org-unit.entity.js';
export * from './position.entity.js';
export * from './user.entity.js';
export * from './org-units.service.js';
export * from './users.service.js';
export * from './positions.service.js';
export * from './roles.service.js';
