import { describe, expect, it } from '@jest/globals';

import {
  addDays,
  belgradeDate,
  computeDueDate,
  daysOverdue,
  deadlineState,
  isWorkingDay,
  legalDeadlineDays,
  orthodoxEaster,
  serbianPublicHolidays,
  type HoldPeriod,
  type IsoDate,
} from './zup-deadline.js';

describe('orthodoxEaster', () => {
  it.each<[number, IsoDate]>([
    [2010, '2010-04-04'], // shared with the western Easter that year
    [2016, '2016-05-01'], // on Labour Day
    [2021, '2021-05-02'], // on the second day of Labour Day
    [2023, '2023-04-16'],
    [2024, '2024-05-05'],
    [2025, '2025-04-20'],
    [2026, '2026-04-12'],
    [2027, '2027-05-02'],
  ])('%i → %s', (year, easter) => {
    expect(orthodoxEaster(year)).toBe(easter);
  });
});

describe('serbianPublicHolidays', () => {
  it('2026: the fixed days, Easter Good Friday–Monday, and 17 Feb for Statehood Day on a Sunday', () => {
    // 15 Feb 2026 is a Sunday, 16 Feb (Mon) is the holiday's second day → Tue 17 Feb is off too.
    expect([...serbianPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-04-10',
      '2026-04-11',
      '2026-04-12',
      '2026-04-13',
      '2026-05-01',
      '2026-05-02',
      '2026-11-11',
    ]);
  });

  it.each<[IsoDate, string]>([
    ['2029-11-12', '11 Nov 2029 is a Sunday → Monday 12 Nov is off'],
    ['2022-01-03', '2 Jan 2022 is a Sunday → Monday 3 Jan is off'],
    ['2023-01-03', '1 Jan 2023 is a Sunday, 2 Jan (Mon) is the holiday anyway → Tuesday 3 Jan is off'],
    ['2016-05-03', '1 May 2016 is a Sunday (and Easter), 2 May is Labour Day and Easter Monday → Tuesday 3 May'],
    ['2021-05-04', '2 May 2021 is a Sunday (and Easter), 3 May is Easter Monday → Tuesday 4 May'],
    ['2027-05-04', '2 May 2027 is a Sunday (and Easter), 3 May is Easter Monday → Tuesday 4 May'],
  ])('%s is a shifted holiday (%s)', (date) => {
    expect(serbianPublicHolidays(Number(date.slice(0, 4))).has(date)).toBe(true);
  });

  it.each<[IsoDate, string]>([
    ['2029-01-08', '7 Jan 2029 is a Sunday, but Christmas is not shifted'],
    ['2026-04-14', 'Easter is never shifted'],
    ['2029-11-13', 'only one day is added for a Sunday holiday'],
  ])('%s is not a holiday (%s)', (date) => {
    expect(serbianPublicHolidays(Number(date.slice(0, 4))).has(date)).toBe(false);
  });

  it('returns a copy the caller cannot use to change the calendar', () => {
    serbianPublicHolidays(2026).add('2026-03-03');
    expect(isWorkingDay('2026-03-03')).toBe(true);
  });
});

describe('isWorkingDay', () => {
  it.each<[IsoDate, boolean, string]>([
    ['2026-03-02', true, 'Monday'],
    ['2026-03-06', true, 'Friday'],
    ['2026-03-07', false, 'Saturday'],
    ['2026-03-08', false, 'Sunday'],
    ['2026-01-07', false, 'Orthodox Christmas (Wednesday)'],
    ['2026-04-10', false, 'Good Friday'],
    ['2026-04-13', false, 'Easter Monday'],
    ['2026-04-14', true, 'the Tuesday after Easter'],
    ['2026-02-17', false, 'Tuesday after Statehood Day on a Sunday'],
    ['2029-11-12', false, 'Monday after Armistice Day on a Sunday'],
  ])('%s → %s (%s)', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });
});

describe('addDays', () => {
  it.each<[IsoDate, number, IsoDate]>([
    ['2024-02-28', 1, '2024-02-29'], // leap year
    ['2023-02-28', 1, '2023-03-01'],
    ['2026-03-28', 1, '2026-03-29'], // the night clocks go forward in Belgrade
    ['2026-10-24', 2, '2026-10-26'], // the night clocks go back
    ['2026-01-01', -1, '2025-12-31'],
    ['2025-12-31', 30, '2026-01-30'],
    ['2026-05-05', 0, '2026-05-05'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-2-3', '03.02.2026', ''])('refuses %j', (date) => {
    expect(() => addDays(date, 1)).toThrow(RangeError);
  });
});

describe('belgradeDate', () => {
  it.each<[string, IsoDate, string]>([
    ['2026-03-28T23:30:00Z', '2026-03-29', 'CET, UTC+1: 00:30 on 29 March'],
    ['2026-03-28T22:59:59Z', '2026-03-28', 'CET: 23:59:59 on 28 March'],
    ['2026-06-30T22:30:00Z', '2026-07-01', 'CEST, UTC+2: 00:30 on 1 July'],
    ['2026-06-30T21:59:59Z', '2026-06-30', 'CEST: 23:59:59 on 30 June'],
    ['2026-10-25T22:30:00Z', '2026-10-25', 'back on CET since 25 Oct 01:00 UTC: 23:30'],
    ['2025-12-31T23:00:00Z', '2026-01-01', 'CET: midnight of New Year'],
  ])('%s → %s (%s)', (instant, expected) => {
    expect(belgradeDate(new Date(instant))).toBe(expected);
  });
});

describe('legalDeadlineDays', () => {
  it.each<[Parameters<typeof legalDeadlineDays>[0], number | null]>([
    [{ administrativeProcedure: true }, 30],
    [{ administrativeProcedure: true, examinationProcedure: false }, 30],
    [{ administrativeProcedure: true, examinationProcedure: true }, 60],
    [{ administrativeProcedure: true, examinationProcedure: true, customDays: 15 }, 15], // special law prevails
    [{ administrativeProcedure: false, customDays: 8 }, 8],
    [{ administrativeProcedure: false }, null],
  ])('%j → %p', (opts, expected) => {
    expect(legalDeadlineDays(opts)).toBe(expected);
  });

  it.each([0, -5, 2.5])('refuses customDays %p', (customDays) => {
    expect(() => legalDeadlineDays({ administrativeProcedure: true, customDays })).toThrow(RangeError);
  });
});

describe('computeDueDate without holds', () => {
  it.each<[IsoDate, number, IsoDate, string]>([
    // 30 days
    ['2026-03-02', 30, '2026-04-01', 'Mon 2 Mar + 30 = Wed 1 Apr, a working day'],
    ['2026-03-05', 30, '2026-04-06', '+30 = Sat 4 Apr → Sun 5 → Mon 6 Apr'],
    ['2026-03-06', 30, '2026-04-06', '+30 = Sun 5 Apr → Mon 6 Apr'],
    ['2026-04-01', 30, '2026-05-04', '+30 = Fri 1 May (Labour Day), Sat 2 (Labour Day), Sun 3 → Mon 4 May'],
    ['2027-04-01', 30, '2027-05-05', '+30 = Sat 1 May; Sun 2 (Labour Day, Easter), Mon 3 (Easter Monday), Tue 4 (shift) → Wed 5'],
    ['2026-03-11', 30, '2026-04-14', '+30 = Good Friday 10 Apr; Sat, Easter Sun 12, Easter Mon 13 → Tue 14 Apr'],
    ['2027-03-31', 30, '2027-05-05', '+30 = Good Friday 30 Apr 2027; then as above → Wed 5 May'],
    ['2026-01-16', 30, '2026-02-18', '+30 = Sun 15 Feb (Statehood Day); Mon 16 (holiday), Tue 17 (shift) → Wed 18 Feb'],
    ['2029-10-12', 30, '2029-11-13', '+30 = Sun 11 Nov 2029 (Armistice Day); Mon 12 (shift) → Tue 13 Nov'],
    ['2025-12-02', 30, '2026-01-05', '+30 = Thu 1 Jan; Fri 2 (New Year), Sat 3, Sun 4 → Mon 5 Jan'],
    ['2025-12-31', 30, '2026-01-30', 'receipt on New Year’s Eve: day 1 is 1 Jan, day 30 is Fri 30 Jan'],
    ['2026-12-31', 30, '2027-02-01', '+30 = Sat 30 Jan 2027 → Sun 31 → Mon 1 Feb'],
    // 60 days
    ['2026-01-05', 60, '2026-03-06', 'Jan 5 + 26 = 31 Jan, + 28 = 28 Feb (54), + 6 = Fri 6 Mar'],
    ['2026-01-06', 60, '2026-03-09', '+60 = Sat 7 Mar → Mon 9 Mar'],
    ['2026-01-07', 60, '2026-03-09', '+60 = Sun 8 Mar → Mon 9 Mar'],
    ['2026-03-02', 60, '2026-05-04', '2 Mar + 29 = 31 Mar, + 30 = 30 Apr (59), + 1 = Fri 1 May → Mon 4 May'],
    ['2025-02-17', 60, '2025-04-22', '17 Feb + 11 = 28 Feb, + 31 = 31 Mar (42), + 18 = Good Friday 18 Apr → Tue 22 Apr'],
    ['2025-12-31', 60, '2026-03-02', '31 Dec + 31 = 31 Jan, + 28 = 28 Feb (59), + 1 = Sun 1 Mar → Mon 2 Mar'],
    // other laws
    ['2026-03-02', 8, '2026-03-10', 'Mon 2 Mar + 8 = Tue 10 Mar'],
  ])('%s + %i days → %s (%s)', (receivedOn, days, expected) => {
    expect(computeDueDate({ receivedOn, days })).toBe(expected);
  });
});

describe('computeDueDate with holds', () => {
  // Received Wed 27 May 2026 with 30 days: without holds due Fri 26 Jun 2026.
  const receivedOn = '2026-05-27';

  it.each<[string, HoldPeriod[], IsoDate | undefined, IsoDate]>([
    ['no holds', [], undefined, '2026-06-26'],
    // 1–10 Jun on hold (resumed 11 Jun) = 10 days: 26 Jun + 10 = Mon 6 Jul
    ['one closed hold of 10 days', [{ from: '2026-06-01', to: '2026-06-11' }], undefined, '2026-07-06'],
    // 1–10 Jun and 5–14 Jun overlap: 1–14 Jun = 14 days: 26 Jun + 14 = Fri 10 Jul
    [
      'two overlapping holds count each day once',
      [
        { from: '2026-06-05', to: '2026-06-15' },
        { from: '2026-06-01', to: '2026-06-11' },
      ],
      undefined,
      '2026-07-10',
    ],
    // 3–4 Jun lies inside 1–10 Jun: still 10 days → Mon 6 Jul
    [
      'a hold inside another adds nothing',
      [
        { from: '2026-06-01', to: '2026-06-11' },
        { from: '2026-06-03', to: '2026-06-05' },
      ],
      undefined,
      '2026-07-06',
    ],
    // 1–10 Jun and 11–15 Jun touch: 15 days: 26 Jun + 15 = Sat 11 Jul → Mon 13 Jul
    [
      'back-to-back holds',
      [
        { from: '2026-06-01', to: '2026-06-11' },
        { from: '2026-06-11', to: '2026-06-16' },
      ],
      undefined,
      '2026-07-13',
    ],
    // still on hold since 1 Jun, today 10 Jun: 1–10 Jun = 10 days → Mon 6 Jul
    ['an open hold counts through today', [{ from: '2026-06-01', to: null }], '2026-06-10', '2026-07-06'],
    // on hold 20–28 May, but only 28 May is after the day of receipt: 1 day → Sat 27 Jun → Mon 29 Jun
    ['days on hold up to the day of receipt do not count', [{ from: '2026-05-20', to: '2026-05-29' }], undefined, '2026-06-29'],
    // hold from the last day, 26 Jun, resumed 29 Jun: 3 days → Mon 29 Jun
    ['a hold starting on the last day extends it', [{ from: '2026-06-26', to: '2026-06-29' }], undefined, '2026-06-29'],
    // hold from 27 Jun, after the period ran out on 26 Jun: not counted
    ['a hold after the deadline ran out does not revive it', [{ from: '2026-06-27', to: '2026-07-10' }], undefined, '2026-06-26'],
    // a closed hold of 0 days
    ['an empty hold', [{ from: '2026-06-01', to: '2026-06-01' }], undefined, '2026-06-26'],
  ])('%s', (_label, holds, today, expected) => {
    expect(computeDueDate({ receivedOn, days: 30, holds, today })).toBe(expected);
  });

  it('with a closed hold of 10 days, the ten days are added before moving to a working day', () => {
    // 2 Mar + 30 = Wed 1 Apr; + 10 days on hold = Sat 11 Apr → Easter Sun 12, Easter Mon 13 → Tue 14 Apr
    expect(
      computeDueDate({ receivedOn: '2026-03-02', days: 30, holds: [{ from: '2026-03-10', to: '2026-03-20' }] }),
    ).toBe('2026-04-14');
  });

  it('needs today when a hold is open', () => {
    expect(() => computeDueDate({ receivedOn, days: 30, holds: [{ from: '2026-06-01', to: null }] })).toThrow(
      RangeError,
    );
  });

  it('refuses a hold that ends before it starts', () => {
    expect(() => computeDueDate({ receivedOn, days: 30, holds: [{ from: '2026-06-10', to: '2026-06-01' }] })).toThrow(
      RangeError,
    );
  });
});

describe('daysOverdue', () => {
  it.each<[IsoDate, IsoDate, number]>([
    ['2026-04-01', '2026-03-01', 0], // a month early
    ['2026-04-01', '2026-04-01', 0], // the due day itself is still in time
    ['2026-04-01', '2026-04-02', 1],
    ['2026-04-01', '2026-05-01', 30], // 30 days in April
  ])('due %s, today %s → %i', (due, today, expected) => {
    expect(daysOverdue(due, today)).toBe(expected);
  });
});

describe('deadlineState', () => {
  it.each<[IsoDate, IsoDate, number | undefined, 'ok' | 'near' | 'overdue']>([
    ['2026-04-01', '2026-03-20', undefined, 'ok'], // 12 days left
    ['2026-04-01', '2026-03-26', undefined, 'ok'], // 6 days left
    ['2026-04-01', '2026-03-27', undefined, 'near'], // 5 days left
    ['2026-04-01', '2026-04-01', undefined, 'near'], // due today
    ['2026-04-01', '2026-04-02', undefined, 'overdue'], // one day late
    ['2026-04-01', '2026-03-22', 10, 'near'], // 10 days left, nearDays 10
    ['2026-04-01', '2026-03-21', 10, 'ok'], // 11 days left, nearDays 10
  ])('due %s, today %s, nearDays %p → %s', (due, today, nearDays, expected) => {
    expect(deadlineState(due, today, nearDays)).toBe(expected);
  });
});
