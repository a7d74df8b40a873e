import type { SpisConfig } from '../config/index.js';

export interface StorageSettings {
  endPoint: string;
  port: number;
  useSSL: boolean;
  accessKey: string;
  secretKey: string;
  bucket: string;
}

/**
 * What the running process resolved at start-up from the validated config: the database and
 * object storage actually in use (external, or the embedded ones it started) and the JWT secret.
 */
export interface RuntimeSettings {
  config: SpisConfig;
  databaseUrl: string;
  storage: StorageSettings;
  jwtSecret: string;
  demoMode: boolean;
}

export const RUNTIME_SETTINGS = Symbol('RUNTIME_SETTINGS');
