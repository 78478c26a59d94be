/**
 * Child process for crash tests: imports materials (and records check runs) in a loop
 * until it is killed. Usage: tsx crash-child.ts <dataDir> <sourceFile>
 */
import { CaseStore } from '../../electron/services/store';

const [dataDir, source] = process.argv.slice(2) as [string, string];
const store = new CaseStore(dataDir);
const c =
  store.listCases()[0] ?? store.createCase({ companyName: '崩溃测试有限公司', uscc: 'X', legalRepresentative: '王五' });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const m = await store.addMaterial(c.id, source, 'logistics', `shot-${i}.png`);
  store.recordCheckRun(c.id, m.id, 'V3.2', 'pass', []);
  if (i % 3 === 0) store.removeMaterial(m.id);
}
