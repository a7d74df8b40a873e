import pg from 'pg';

/**
 * Calendar dates (`date` columns: due dates, hold periods, dispatch dates) stay calendar dates,
 * `'2026-03-02'`, instead of becoming midnight in the server's time zone — which would shift
 * them by a day for anyone west or east of it.
 */
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
