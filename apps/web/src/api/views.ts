/**
 * Hand-written answer shapes the register pages still read, until the register kit declares the
 * registers' response DTOs; every other screen reads the generated types (types.ts).
 */

/** A server-side type as it arrives over JSON (dates become ISO strings). */
export type Json<T> = T extends Date ? string : T extends Array<infer I> ? Array<Json<I>> : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
