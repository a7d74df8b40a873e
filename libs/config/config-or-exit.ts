import { ConfigValidationError, validateConfig, type SpisConfig } from './config.schema.js';

/**
 * The settings of a command started from the shell (`npm start`, the sweep): a wrong setting
 * stops the process with a message naming it and exit code 78 (EX_CONFIG), not a stack trace.
 */
export function validateConfigOrExit(env: NodeJS.ProcessEnv): SpisConfig {
  try {
    return validateConfig(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
