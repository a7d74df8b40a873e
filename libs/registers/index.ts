export { RegistersModule } from './registers.module.js';
