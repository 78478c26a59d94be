import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { importOrderExport } from '../services/eligibility';
import { loadRulebook } from '../services/rulebook';
import { evaluate } from '../../shared/eligibility/evaluate';
import { addOrdersSheet, encodeCsv, generateOrders, ordersCsv, ORDERS_TODAY } from '../../tests/fixtures/orders';
import { timed } from './measure';

/**
 * Eligibility bench: a 100,000-row order export (CSV in GBK, and XLSX) imported and
 * evaluated end to end. Target (issue 6): ≤ 2 s for import + compute.
 */
const ROWS = 100_000;

/** Writes both files and lets the generated orders go before anything is timed. */
async function writeExports(dir: string): Promise<{ csvFile: string; xlsxFile: string }> {
  const { orders } = generateOrders({
    seed: 100,
    count: ROWS,
    app: ORDERS_TODAY,
    spanDays: 120,
    lastJitDaysAgo: 1,
    lateShare: 0.02,
    planted: true,
  });
  const csvFile = join(dir, 'orders.csv');
  writeFileSync(csvFile, encodeCsv(ordersCsv(orders), 'gbk'));
  const wb = new ExcelJS.Workbook();
  addOrdersSheet(wb, '订单', orders);
  const xlsxFile = join(dir, 'orders.xlsx');
  await wb.xlsx.writeFile(xlsxFile);
  return { csvFile, xlsxFile };
}

export async function benchEligibility(): Promise<object> {
  const book = loadRulebook();
  const dir = mkdtempSync(join(tmpdir(), 'jitkit-bench-elig-'));
  try {
    const { csvFile, xlsxFile } = await writeExports(dir);
    (globalThis as { gc?: () => void }).gc?.();
    const run = async (file: string) => {
      (globalThis as { gc?: () => void }).gc?.();
      const rssBefore = process.memoryUsage().rss;
      const bytes = readFileSync(file);
      const [imp, importSeconds, importCpu] = await timed(() =>
        importOrderExport(bytes, file, { offsetHours: book.utcOffsetHours }),
      );
      const [result, computeSeconds, computeCpu] = await timed(() =>
        Promise.resolve(
          evaluate({
            rulebook: book,
            caseInfo: { exitReason: 'no-jit-orders-90d' },
            inputs: {},
            orders: imp.orders,
            today: ORDERS_TODAY,
          }),
        ),
      );
      const round = (n: number) => Math.round(n * 1000) / 1000;
      return {
        bytes: bytes.byteLength,
        rows: imp.rowCount,
        importSeconds,
        computeSeconds,
        totalSeconds: round(importSeconds + computeSeconds),
        cpuSeconds: round(importCpu + computeCpu),
        lateJitOrders: result.lateJitOrders.length,
        // Resident memory added by holding the file, its rows and the orders (no GC in between).
        rssGrowthMb: Math.round((process.memoryUsage().rss - rssBefore) / 1048576),
      };
    };
    const csv = await run(csvFile);
    const xlsx = await run(xlsxFile);
    const targetSeconds = 2;
    return {
      rows: ROWS,
      csv,
      xlsx,
      targetSeconds,
      csvWithinTarget: csv.totalSeconds <= targetSeconds,
      xlsxWithinTarget: xlsx.totalSeconds <= targetSeconds,
      loadAverage: loadavg()[0],
      // Peak of the whole run, including writing the 100,000-row XLSX with exceljs (the bulk of it).
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
