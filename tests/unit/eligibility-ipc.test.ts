import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels, type ChannelName, type Handle } from '../../shared/ipc';
import { registerEligibilityIpc } from '../../electron/services/eligibility/ipc';
import { loadRulebook } from '../../electron/services/rulebook';
import { CaseStore } from '../../electron/services/store';
import { FIXTURES_DIR } from '../fixtures';
import { ORDERS_TODAY } from '../fixtures/orders';
import { tempDir } from '../helpers/tmp';

/** Drives the handlers the way electron/main/ipc.ts does: validate with the channel's schema, then call. */
function bridge(store: CaseStore) {
  const impls = new Map<string, (a: never) => unknown>();
  const handle: Handle = (channel, impl) => void impls.set(channel, impl);
  registerEligibilityIpc(handle, {
    store,
    rulebook: loadRulebook(),
    emitProgress: () => undefined,
    workDir: store.dataDir,
  });
  return async (channel: ChannelName, args: unknown) => {
    const parsed = channels[channel].args.safeParse(args);
    if (!parsed.success) return { ok: false as const, issues: parsed.error.issues.length };
    return { ok: true as const, value: (await impls.get(channel)?.(parsed.data as never)) as Record<string, unknown> };
  };
}

describe('eligibility IPC', () => {
  it('imports bytes, remembers the export, evaluates and plans the after-exit tasks', async () => {
    const store = new CaseStore(join(tempDir(), 'data'));
    try {
      const invoke = bridge(store);
      const c = store.createCase({
        companyName: '杭州某某服饰有限公司',
        uscc: '91330100MA2XXXXXXX',
        legalRepresentative: '张三',
        exitReason: 'force-majeure',
      });
      const data = new Uint8Array(readFileSync(join(FIXTURES_DIR, 'orders', 'orders.xlsx')));
      const imported = await invoke('eligibility:importOrders', { caseId: c.id, name: 'orders.xlsx', data });
      expect(imported).toMatchObject({ ok: true, value: { needsMapping: false, sheet: '订单', issueCount: 0 } });
      const inputs = {
        openExceptionTickets: 0,
        unreconciledTransfers: 0,
        stockCleared: true,
        consecutiveFailures: 3,
        targetMarkets: ['es'],
      };
      expect(await invoke('eligibility:saveInputs', { caseId: c.id, inputs })).toMatchObject({
        ok: true,
        value: { targetMarkets: ['ES'] },
      });
      const result = await invoke('eligibility:evaluate', { caseId: c.id, today: ORDERS_TODAY });
      expect(result.ok && result.value.eligible).toBe(false);
      expect(result.ok && (result.value.reasons as { id: string }[]).map((r) => r.id)).toEqual([
        'no-late-jit-orders-30d',
      ]);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      const plan = await invoke('afterExit:save', {
        caseId: c.id,
        input: { approvalTime: '2026-11-26 09:00', exitEffectiveDate: '2026-11-26', boxes: 12 },
        today: '2026-11-30',
      });
      expect(plan.ok && (plan.value.plan as { bonded: { days: number } }).bonded.days).toBe(5);
    } finally {
      store.close();
    }
  });

  it.each([
    ['eligibility:importOrders', { caseId: 'abcdefgh', name: 'x.csv', data: 'not bytes' }],
    ['eligibility:saveInputs', { caseId: 'abcdefgh', inputs: { openExceptionTickets: -1 } }],
    ['eligibility:evaluate', { caseId: 'abcdefgh', today: '25/11/2026' }],
    ['afterExit:save', { caseId: 'abcdefgh', input: { exitEffectiveDate: 'soon' } }],
  ] as [ChannelName, unknown][])('%s rejects malformed arguments', (channel, args) => {
    expect(channels[channel].args.safeParse(args).success).toBe(false);
  });
});
