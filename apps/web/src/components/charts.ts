// Charts (recharts) are a large chunk: only the screens that draw one load it, with its styles.
import '@mantine/charts/styles.css';

export { AreaChart, BarChart } from '@mantine/charts';
