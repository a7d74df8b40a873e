export * from './attachment-sweep.service.js';
export * from './attachment.entity.js';
export * from './attachments.module.js';
export * from './content-type.js';
