import { Alert, Card, Grid, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BuyoutCalculationError,
  DEFAULT_BUYOUT_RULES,
  addMonths,
  buyoutPrice,
  monthOf,
  paymentSchedule,
  type BuyoutTerms,
  type IndexEntry,
} from '../../../../../libs/registers/housing-buyouts/buyout-calculation.js';
import { translate } from '../../../../../libs/i18n/i18n.js';
import { PageHeader } from '../../components/PageHeader';
import { belgradeToday, formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n/language';
import { ScheduleView } from './ScheduleView';

const para = (amount: number | string) => Math.round(Number(amount) * 100);

/**
 * The housing buyout calculator: the same calculation the register keeps contracts with
 * (libs/registers/housing-buyouts/buyout-calculation.ts, with the default rules), run in the
 * browser as the clerk types, the schedule as a table and a chart.
 */
export default function BuyoutCalculatorPage() {
  const { t } = useTranslation();
  const [contractDate, setContractDate] = useState<string | null>(belgradeToday());
  const [area, setArea] = useState<number | string>(54.37);
  const [basis, setBasis] = useState<number | string>(120000);
  const [service, setService] = useState<number | string>(25);
  const [age, setAge] = useState<number | string>(30);
  const [method, setMethod] = useState<'lump-sum' | 'instalments'>('instalments');
  const [downPercent, setDownPercent] = useState<number | string>(10);
  const [instalments, setInstalments] = useState<number | string>(240);
  const [revaluation, setRevaluation] = useState<number | string>(0);

  const result = useMemo(() => {
    if (!contractDate) return null;
    const rules = DEFAULT_BUYOUT_RULES;
    const base: BuyoutTerms = {
      contractDate,
      basisPerSquareMetre: para(basis),
      areaHundredths: Math.round(Number(area) * 100),
      yearsOfService: Math.max(0, Math.floor(Number(service) || 0)),
      buildingAgeYears: Math.max(0, Math.floor(Number(age) || 0)),
      payment: method === 'lump-sum' ? { method } : { method, downPayment: 0, instalments: 1 },
      index: [],
    };
    try {
      // The down payment is a share of the price as paid in instalments (no lump-sum discount).
      const price = buyoutPrice(base, rules);
      const count = Math.max(1, Math.floor(Number(instalments) || 1));
      const downPayment = Math.ceil((price.payable * Number(downPercent || 0)) / 100);
      // A yearly revaluation rate as an index series: 100 at the contract, then compounded each year.
      const index: IndexEntry[] = [];
      const rate = Number(revaluation) || 0;
      if (method === 'instalments' && rate !== 0) {
        for (let year = 0; year <= Math.ceil(count / 12); year += 1) {
          index.push({ from: monthOf(addMonths(contractDate, year * 12)), value: Math.round(1_000_000 * (1 + rate / 100) ** year) });
        }
      }
      const terms: BuyoutTerms = { ...base, payment: method === 'lump-sum' ? { method } : { method, downPayment, instalments: count }, index };
      return { price: buyoutPrice(terms, rules), schedule: paymentSchedule(terms, rules), error: null };
    } catch (error) {
      if (error instanceof BuyoutCalculationError) return { price: null, schedule: [], error: translate(error.code, currentLanguage(), error.params) };
      return { price: null, schedule: [], error: t('validation.invalid') };
    }
  }, [contractDate, area, basis, service, age, method, downPercent, instalments, revaluation, t]);

  return (
    <Stack>
      <PageHeader title={t('buyout.title')} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <Stack gap="sm">
              <DateInput label={t('common.date')} valueFormat="DD.MM.YYYY" value={contractDate} onChange={setContractDate} />
              <NumberInput label={t('buyout.area')} min={1} decimalScale={2} value={area} onChange={setArea} />
              <NumberInput label={t('buyout.pricePerM2')} min={0} decimalScale={2} thousandSeparator="." decimalSeparator="," value={basis} onChange={setBasis} />
              <NumberInput label={t('buyout.serviceYears')} min={0} max={60} allowDecimal={false} value={service} onChange={setService} />
              <NumberInput label={t('buyout.buildingAge')} min={0} max={300} allowDecimal={false} value={age} onChange={setAge} />
              <SegmentedControl
                value={method}
                onChange={(value) => setMethod(value as typeof method)}
                data={[
                  { value: 'instalments', label: t('buyout.inInstalments') },
                  { value: 'lump-sum', label: t('buyout.lumpSum') },
                ]}
              />
              {method === 'instalments' && (
                <>
                  <NumberInput label={t('buyout.downPaymentPercent')} min={0} max={99} decimalScale={2} value={downPercent} onChange={setDownPercent} />
                  <NumberInput label={t('buyout.instalments')} min={1} max={DEFAULT_BUYOUT_RULES.maxInstalments} allowDecimal={false} value={instalments} onChange={setInstalments} />
                  <NumberInput label={t('buyout.revaluation')} min={-50} max={100} decimalScale={2} value={revaluation} onChange={setRevaluation} />
                </>
              )}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            {result?.error && (
              <Alert color="red" role="alert">
                {result.error}
              </Alert>
            )}
            {result?.price && (
              <SimpleGrid cols={{ base: 2, lg: 4 }}>
                <Figure label={t('buyout.basePrice')} value={result.price.grossPrice} />
                <Figure label={`${t('buyout.deductions')} (${formatNumber(result.price.deductionRate / 100, 2)} %)`} value={result.price.deduction + result.price.lumpSumDiscount} />
                <Figure label={t('buyout.finalPrice')} value={result.price.payable} strong />
                <Figure label={t('buyout.downPayment')} value={result.schedule[0]?.amount ?? 0} />
              </SimpleGrid>
            )}
            {result && result.schedule.length > 0 && (
              <>
                <Title order={2} size="h5">
                  {t('buyout.schedule')}
                </Title>
                <ScheduleView rows={result.schedule.map((item) => ({ no: item.no, kind: item.kind, dueOn: item.dueOn, amount: item.amount / 100 }))} kinds={{ 'lump-sum': t('buyout.lumpSum'), 'down-payment': t('buyout.downPayment') }} />
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Figure({ label, value, strong }: { label: string; value: number; strong?: boolean }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={strong ? 800 : 600} fz={strong ? 'lg' : 'md'}>
        {formatNumber(value / 100)}
      </Text>
    </Card>
  );
}
