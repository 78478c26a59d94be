/** Eligibility pre-check, order-export import and the after-exit planner. */
export const eligibility = {
  'zh-CN': {
    'eligibility.check.fulfilment-rate.pass':
      '近{rb.fulfilmentWindowDays}天 JIT 履约率 {rate}%，达到 {min}% 的要求（准时 {onTime} 单，延迟 {late} 单，{from} 至 {to}）。',
    'eligibility.check.fulfilment-rate.fail':
      '近{rb.fulfilmentWindowDays}天 JIT 履约率 {rate}%，低于 {min}%，申请会被直接驳回（准时 {onTime} 单，延迟 {late} 单，{from} 至 {to}）。请等延迟订单移出 {rb.fulfilmentWindowDays} 天窗口、履约率回到 {min}% 以上再申请。',
    'eligibility.check.fulfilment-rate.unknown':
      '缺少近{rb.fulfilmentWindowDays}天 JIT 履约率。请导入订单导出表，或手动填写后台显示的履约率（要求 ≥ {min}%）。',
    'eligibility.check.fulfilment-rate.none.pass': '{from} 至 {to} 期间没有到期的 JIT 订单，不存在履约率不达标的问题。',
    'eligibility.check.fulfilment-rate.none.unknown':
      '订单导出表从 {first} 开始，没有覆盖完整的 {rb.fulfilmentWindowDays} 天窗口（{from} 至 {to}）。请导出覆盖整个窗口的订单。',
    'eligibility.check.no-late-jit-orders-30d.short.unknown':
      '订单导出表从 {first} 开始，没有覆盖申请前 {days} 天的完整窗口（自 {from} 起），无法确认没有延迟订单。请导出更长时间段的订单。',
    'eligibility.check.no-late-jit-orders-30d.pass': '申请前 {days} 天内（{from} 至 {to}）没有延迟履约的 JIT 订单。',
    'eligibility.check.no-late-jit-orders-30d.fail':
      '申请前 {days} 天内有 {count} 笔 JIT 订单延迟履约（{from} 至 {to}），这是常见驳回原因。最早可在 {cleanDate} 申请（届时窗口内不再有延迟订单）。',
    'eligibility.check.no-late-jit-orders-30d.unknown':
      '无法确认申请前 {days} 天内是否有延迟的 JIT 订单。请导入订单导出表，或手动填写延迟订单数。',
    'eligibility.check.no-open-exception-tickets.pass': '没有未完结的 JIT 异常工单。',
    'eligibility.check.no-open-exception-tickets.fail':
      '还有 {count} 张未完结的 JIT 异常工单，系统会拦截申请。请先在后台处理完所有异常工单。',
    'eligibility.check.no-open-exception-tickets.unknown': '请填写未完结的 JIT 异常工单数量（后台 → 物流 → JIT管理）。',
    'eligibility.check.no-unreconciled-transfers.pass': '没有未对账的 JIT 调拨单。',
    'eligibility.check.no-unreconciled-transfers.fail':
      '还有 {count} 张未对账的 JIT 调拨单，哪怕一张也会阻断退出。请先与仓库完成对账。',
    'eligibility.check.no-unreconciled-transfers.unknown': '请填写未对账的 JIT 调拨单数量。',
    'eligibility.check.stock-synced-cleared.pass': '保税仓/国内仓库存同步状态为“已清空”。',
    'eligibility.check.stock-synced-cleared.fail':
      '库存同步状态不是“已清空”，系统会拦截申请。请先清空库存并等待同步状态变为“已清空”。',
    'eligibility.check.stock-synced-cleared.unknown': '请确认保税仓/国内仓库存同步状态是否为“已清空”。',
    'eligibility.check.ground.missing.unknown':
      '尚未选择退出依据。请在“退出依据与指标”中选择三种退出依据之一（命令行：--exit-reason）。',
    'eligibility.check.ground.no-jit-orders-90d.pass':
      '距最后一笔 JIT 订单（{last}）已 {days} 天，满足连续 {need} 天无 JIT 订单。',
    'eligibility.check.ground.no-jit-orders-90d.fail':
      '距最后一笔 JIT 订单（{last}）只有 {days} 天，不足连续 {need} 天。请改选其他退出依据，或等满 {need} 天再申请。',
    'eligibility.check.ground.no-jit-orders-90d.unknown':
      '无法确认最后一笔 JIT 订单的日期（需连续 {need} 天无 JIT 订单）。请导入订单导出表或填写最后一笔 JIT 订单日期。',
    'eligibility.check.ground.no-jit-orders-90d.none.pass':
      '订单导出表覆盖 {covered} 天（自 {first} 起），期间没有 JIT 订单，满足连续 {need} 天的要求。',
    'eligibility.check.ground.no-jit-orders-90d.none.unknown':
      '订单导出表中没有 JIT 订单，但只覆盖 {covered} 天（自 {first} 起），不足 {need} 天。请导出至少 {need} 天的订单。',
    'eligibility.check.ground.category-removed.pass': '已有主营类目被移出 JIT 支持类目清单的通知。',
    'eligibility.check.ground.category-removed.fail':
      '没有类目清单变更通知，无法以“类目被移出”为依据申请。请保存后台通知截图，或改选其他依据。',
    'eligibility.check.ground.category-removed.unknown': '请确认是否持有主营类目被移出 JIT 支持类目清单的通知截图。',
    'eligibility.check.ground.force-majeure.pass':
      '已记录连续 {count} 次履约失败（要求 {need} 次），请附上不可抗力证明，等待平台审核确认。',
    'eligibility.check.ground.force-majeure.fail':
      '只有连续 {count} 次履约失败，不可抗力依据要求连续 {need} 次。请核对记录或改选其他依据。',
    'eligibility.check.ground.force-majeure.unknown': '请填写不可抗力导致的连续履约失败次数（要求 {need} 次）。',
    'eligibility.risk.strong-dependent-category':
      '主营类目“{category}”属于 {count} 个 JIT 强依赖类目（{listed}），退出后流量和时效风险高。请先准备替代方案。',
    'eligibility.risk.integrated-warehousing-volume':
      '日均 {daily} 单（超过 {max} 单）且使用菜鸟仓配一体化服务，退出风险高。请先安排替代的仓配方案。',
    'eligibility.risk.delivery-sensitive-markets':
      '目标市场 {markets} 有超过 {share}% 的买家对时效敏感，退出 JIT 可能影响转化。请准备海外仓或第三方 JIT 服务商等替代方案。',
    'eligibility.note.skipped-rows':
      '订单导出表中有 {count} 行无法读取，未计入结果。请查看导入问题列表并修正后重新导入。',
    'eligibility.note.pending-orders':
      '窗口内有 {count} 笔 JIT 订单尚未揽收且未到最晚发货时间，暂不计入履约率；若延迟将影响结果。',
    'eligibility.note.undatable-orders': '有 {count} 笔 JIT 订单没有最晚发货时间，无法判断是否延迟。请检查导出表。',
    'eligibility.import.unsupported': '不支持的订单导出格式：{file}。请导出为 CSV 或 XLSX 文件。',
    'eligibility.import.unreadable': '无法读取订单导出表 {file}：{detail}。请确认文件未损坏，重新从后台导出。',
    'eligibility.import.sheetNotFound': '工作簿中没有名为“{sheet}”的工作表。可选：{sheets}。',
    'eligibility.import.empty':
      '订单导出表 {file} 的工作表“{sheet}”是空的，或找不到表头行。请选择包含订单的工作表，或重新导出。',
    'eligibility.import.noRows': '订单导出表 {file} 只有表头（第 {row} 行），没有订单数据。请导出包含订单的时间段。',
    'eligibility.import.mappingRequired':
      '无法自动识别这些列：{fields}。请在列对应步骤中指定（命令行：--map 字段=列名）。表头：{columns}。',
    'eligibility.import.mappingRequiredSheet':
      '工作表“{sheet}”中无法自动识别这些列：{fields}。表头：{columns}。如果选错了工作表，请改选订单所在的工作表（可选：{sheets}）；否则请在列对应步骤中指定（命令行：--map 字段=列名）。',
    'eligibility.import.mappingColumnMissing': '列对应中的“{column}”（{field}）不在表头中。表头：{columns}。',
    'eligibility.import.badMapSpec': '列对应写法不正确：“{spec}”。应为 字段=列名，字段可选：{fields}。',
    'eligibility.issue.duplicateId':
      '第 {row} 行“{column}”列：订单号 {value} 与第 {firstRow} 行重复，本行未计入。请删除重复行后重新导入。',
    'eligibility.issue.badDate':
      '第 {row} 行“{column}”列：无法识别的时间“{value}”，本行未计入。请使用 YYYY-MM-DD HH:mm 格式（北京时间）。',
    'eligibility.issue.badJit':
      '第 {row} 行“{column}”列：无法判断是否 JIT（“{value}”），本行未计入。请填写 是/否 或 JIT/非JIT。',
    'eligibility.issue.emptyId': '第 {row} 行“{column}”列：订单号为空，本行未计入。',
    'eligibility.issue.missingDeadline':
      '第 {row} 行“{column}”列：JIT 订单缺少最晚发货时间，本行未计入。请补全后重新导入。',
    'eligibility.issue.more': '另有 {count} 个问题未列出。请先修正上面的问题后重新导入。',
    'eligibility.field.orderId': '订单号',
    'eligibility.field.jit': '是否JIT',
    'eligibility.field.orderTime': '下单时间',
    'eligibility.field.deadline': '最晚发货时间',
    'eligibility.field.pickup': '揽收时间',
    'eligibility.field.status': '订单状态',
    'eligibility.error.afterExitInvalid': '退出后计划数据不正确：{detail}',
    'eligibility.error.inputsInvalid': '前置校验输入不正确：{detail}',
    'eligibility.error.badFlag': '参数 {flag} 的值“{value}”不正确：{expected}',
    'eligibility.cli.eligible': '可以申请退出 JIT（申请日 {date}）。',
    'eligibility.check.fulfilment-rate.uncovered.unknown':
      '订单导出表只到 {last}，而 {rb.fulfilmentWindowDays} 天窗口（{from} 至 {to}）到 {to} 才结束，最后 {missing} 天的订单不在表中，无法确认履约率（要求 ≥ {min}%，已覆盖部分：{rate}%）。请在 {to} 之后重新导出订单再校验。',
    'eligibility.check.no-late-jit-orders-30d.uncovered.unknown':
      '订单导出表只到 {last}，{rb.fulfilmentWindowDays} 天窗口（{from} 至 {to}）中最后 {missing} 天的订单不在表中，无法确认没有延迟订单（已覆盖部分没有延迟）。请在 {to} 之后重新导出订单再校验。',
    'eligibility.check.ground.no-jit-orders-90d.uncovered.unknown':
      '最后一笔 JIT 订单在 {last}，但订单导出表只到 {until}，无法确认此后到申请日之间没有 JIT 订单（需连续 {need} 天）。请在申请前一天之后重新导出订单。',
    'eligibility.check.ground.no-jit-orders-90d.none.uncovered.unknown':
      '订单导出表（自 {first} 起）中没有 JIT 订单，但只到 {until}，无法确认此后到申请日之间也没有（需连续 {need} 天）。请在申请前一天之后重新导出订单。',
    'eligibility.note.window-not-covered':
      '订单导出表最后一笔订单在 {last}，比 {rb.fulfilmentWindowDays} 天窗口的最后一天 {to} 早 {missing} 天：导出表没有覆盖整个窗口，结果不能算“可以申请”。请重新导出到 {to} 为止的订单。',
    'eligibility.note.window-not-covered.future':
      '计划申请日期的 {rb.fulfilmentWindowDays} 天窗口要到 {to} 才结束，订单导出表只到 {last}（还差 {missing} 天）：这些天的订单还没有发生，结果不能算“可以申请”。请在 {to} 之后重新导出订单再校验。',
    'eligibility.note.window-few-jit-orders':
      '窗口内（{from} 至 {to}）只有 {count} 笔 JIT 订单，而此前平均每 {rb.fulfilmentWindowDays} 天约 {usual} 笔：导出表可能不完整（例如导出时加了筛选条件）。请确认导出的是全部订单；如果您已主动减少 JIT 订单，可忽略此提示。',
    'eligibility.cli.unknown': '还不能确认可以申请退出 JIT（申请日 {date}）：没有不满足的条件，但以下各项缺少数据：',
    'eligibility.check.fulfilment-rate.uncovered.none.unknown':
      '订单导出表只到 {last}，而 {rb.fulfilmentWindowDays} 天窗口（{from} 至 {to}）到 {to} 才结束，最后 {missing} 天的订单不在表中，已覆盖部分也没有到期的 JIT 订单，无法确认履约率（要求 ≥ {min}%）。请在 {to} 之后重新导出订单再校验。',
    'eligibility.cli.notEligible': '暂不能申请退出 JIT（申请日 {date}）：',
  },
  en: {
    'eligibility.check.fulfilment-rate.pass':
      '{rb.fulfilmentWindowDays}-day JIT fulfilment rate {rate}% meets the {min}% minimum ({onTime} on time, {late} late, {from} to {to}).',
    'eligibility.check.fulfilment-rate.fail':
      '{rb.fulfilmentWindowDays}-day JIT fulfilment rate {rate}% is below {min}%: the application would be rejected ({onTime} on time, {late} late, {from} to {to}). Apply once the late orders leave the {rb.fulfilmentWindowDays}-day window and the rate is back at {min}% or more.',
    'eligibility.check.fulfilment-rate.unknown':
      'The {rb.fulfilmentWindowDays}-day JIT fulfilment rate is missing. Import the order export, or enter the rate the back office shows (must be ≥ {min}%).',
    'eligibility.check.fulfilment-rate.none.pass':
      'No JIT order was due from {from} to {to}, so the fulfilment rate cannot fall short.',
    'eligibility.check.fulfilment-rate.none.unknown':
      'The order export starts on {first} and does not cover the whole {rb.fulfilmentWindowDays}-day window ({from} to {to}). Export orders covering the whole window.',
    'eligibility.check.no-late-jit-orders-30d.short.unknown':
      'The order export starts on {first} and does not cover the {days} days before applying (from {from}), so late orders cannot be ruled out. Export a longer period.',
    'eligibility.check.no-late-jit-orders-30d.pass':
      'No JIT order was fulfilled late in the {days} days before applying ({from} to {to}).',
    'eligibility.check.no-late-jit-orders-30d.fail':
      '{count} JIT order(s) were fulfilled late in the {days} days before applying ({from} to {to}), a common rejection reason. The earliest clean application date is {cleanDate}.',
    'eligibility.check.no-late-jit-orders-30d.unknown':
      'Cannot tell whether a JIT order was late in the {days} days before applying. Import the order export, or enter the number of late orders.',
    'eligibility.check.no-open-exception-tickets.pass': 'No unfinished JIT exception tickets.',
    'eligibility.check.no-open-exception-tickets.fail':
      '{count} JIT exception ticket(s) are still open; the system blocks the application. Close every exception ticket in the back office first.',
    'eligibility.check.no-open-exception-tickets.unknown':
      'Enter the number of unfinished JIT exception tickets (back office → Logistics → JIT management).',
    'eligibility.check.no-unreconciled-transfers.pass': 'No un-reconciled JIT transfer orders.',
    'eligibility.check.no-unreconciled-transfers.fail':
      '{count} JIT transfer order(s) are not reconciled; even one blocks the exit. Reconcile them with the warehouse first.',
    'eligibility.check.no-unreconciled-transfers.unknown': 'Enter the number of un-reconciled JIT transfer orders.',
    'eligibility.check.stock-synced-cleared.pass': 'Bonded/domestic warehouse stock sync status is "cleared".',
    'eligibility.check.stock-synced-cleared.fail':
      'Stock sync status is not "cleared"; the system blocks the application. Clear the stock and wait until the sync status shows "cleared" (已清空).',
    'eligibility.check.stock-synced-cleared.unknown':
      'Confirm whether the warehouse stock sync status is "cleared" (已清空).',
    'eligibility.check.ground.missing.unknown':
      'No exit ground is chosen yet. Choose one of the three exit grounds under "Exit ground and indicators" (command line: --exit-reason).',
    'eligibility.check.ground.no-jit-orders-90d.pass':
      'The last JIT order was on {last}, {days} days ago: {need} consecutive days without JIT orders are met.',
    'eligibility.check.ground.no-jit-orders-90d.fail':
      'The last JIT order was on {last}, only {days} days ago (needs {need}). Choose another ground, or wait until {need} days have passed.',
    'eligibility.check.ground.no-jit-orders-90d.unknown':
      'The date of the last JIT order is unknown ({need} consecutive days without JIT orders are needed). Import the order export or enter the date of the last JIT order.',
    'eligibility.check.ground.no-jit-orders-90d.none.pass':
      'The order export covers {covered} days (from {first}) without a single JIT order: {need} days are met.',
    'eligibility.check.ground.no-jit-orders-90d.none.unknown':
      'The order export has no JIT orders but covers only {covered} days (from {first}), fewer than {need}. Export at least {need} days of orders.',
    'eligibility.check.ground.category-removed.pass':
      'You hold the notice that the main category was removed from the JIT-supported list.',
    'eligibility.check.ground.category-removed.fail':
      'Without the category-list change notice this ground cannot be used. Save a screenshot of the back-office notice, or choose another ground.',
    'eligibility.check.ground.category-removed.unknown':
      'Confirm whether you hold a screenshot of the notice removing the main category from the JIT-supported list.',
    'eligibility.check.ground.force-majeure.pass':
      '{count} consecutive fulfilment failures are on record ({need} needed). Attach the force-majeure proof; the platform review must confirm it.',
    'eligibility.check.ground.force-majeure.fail':
      'Only {count} consecutive fulfilment failures; force majeure needs {need}. Check the records or choose another ground.',
    'eligibility.check.ground.force-majeure.unknown':
      'Enter the number of consecutive fulfilment failures caused by the force majeure ({need} needed).',
    'eligibility.risk.strong-dependent-category':
      'The main category "{category}" is among the {count} JIT strongly dependent categories ({listed}): high traffic and delivery risk after exit. Prepare an alternative first.',
    'eligibility.risk.integrated-warehousing-volume':
      '{daily} orders a day (more than {max}) on integrated Cainiao warehousing: a high-risk exit. Arrange alternative warehousing and delivery first.',
    'eligibility.risk.delivery-sensitive-markets':
      'In {markets} more than {share}% of buyers are sensitive to delivery time; leaving JIT may hurt conversion. Prepare an overseas warehouse or a certified third-party JIT provider.',
    'eligibility.note.skipped-rows':
      '{count} row(s) of the order export could not be read and are left out. See the import issues, fix them and import again.',
    'eligibility.note.pending-orders':
      '{count} JIT order(s) in the window are not picked up yet and not yet due; they are not counted yet, and would change the result if late.',
    'eligibility.note.undatable-orders':
      '{count} JIT order(s) have no ship-by deadline, so lateness cannot be judged. Check the export.',
    'eligibility.import.unsupported': 'Unsupported order export format: {file}. Export the orders as CSV or XLSX.',
    'eligibility.import.unreadable':
      'Cannot read the order export {file}: {detail}. Check that the file is not damaged and export it again.',
    'eligibility.import.sheetNotFound': 'The workbook has no sheet named "{sheet}". Available: {sheets}.',
    'eligibility.import.empty':
      'Sheet "{sheet}" of the order export {file} is empty or has no header row. Choose the sheet with the orders, or export again.',
    'eligibility.import.noRows':
      'The order export {file} has only a header (row {row}) and no orders. Export a period that has orders.',
    'eligibility.import.mappingRequired':
      'These columns could not be recognised: {fields}. Map them in the column-mapping step (command line: --map field=column). Header: {columns}.',
    'eligibility.import.mappingRequiredSheet':
      'Sheet "{sheet}": these columns could not be recognised: {fields}. Header: {columns}. If this is the wrong sheet, choose the one with the orders ({sheets}); otherwise map the columns (command line: --map field=column).',
    'eligibility.import.mappingColumnMissing':
      'The mapped column "{column}" ({field}) is not in the header. Header: {columns}.',
    'eligibility.import.badMapSpec': 'Invalid column mapping "{spec}". Write field=column; fields: {fields}.',
    'eligibility.issue.duplicateId':
      'Row {row}, column "{column}": order id {value} repeats row {firstRow}; this row is left out. Remove the duplicate and import again.',
    'eligibility.issue.badDate':
      'Row {row}, column "{column}": unrecognised time "{value}"; this row is left out. Use YYYY-MM-DD HH:mm (China time).',
    'eligibility.issue.badJit':
      'Row {row}, column "{column}": cannot tell whether the order is JIT ("{value}"); this row is left out. Use yes/no or JIT/非JIT.',
    'eligibility.issue.emptyId': 'Row {row}, column "{column}": the order id is empty; this row is left out.',
    'eligibility.issue.missingDeadline':
      'Row {row}, column "{column}": a JIT order has no ship-by deadline; this row is left out. Fill it in and import again.',
    'eligibility.issue.more': '{count} more issue(s) not listed. Fix the ones above and import again.',
    'eligibility.field.orderId': 'Order ID',
    'eligibility.field.jit': 'JIT or not',
    'eligibility.field.orderTime': 'Order time',
    'eligibility.field.deadline': 'Ship-by deadline',
    'eligibility.field.pickup': 'Pickup time',
    'eligibility.field.status': 'Status',
    'eligibility.error.afterExitInvalid': 'The after-exit plan data is invalid: {detail}',
    'eligibility.error.inputsInvalid': 'The pre-check inputs are invalid: {detail}',
    'eligibility.error.badFlag': 'Invalid value "{value}" for {flag}: {expected}',
    'eligibility.cli.eligible': 'You may apply to exit JIT (application date {date}).',
    'eligibility.check.fulfilment-rate.uncovered.unknown':
      'The order export ends on {last}, but the {rb.fulfilmentWindowDays}-day window ({from} to {to}) runs until {to}: the orders of its last {missing} day(s) are not in the export, so the fulfilment rate cannot be confirmed (needs ≥ {min}%; the covered part: {rate}%). Export the orders again after {to} and check again.',
    'eligibility.check.no-late-jit-orders-30d.uncovered.unknown':
      'The order export ends on {last}; the orders of the last {missing} day(s) of the {rb.fulfilmentWindowDays}-day window ({from} to {to}) are not in it, so late orders cannot be ruled out (none in the covered part). Export the orders again after {to} and check again.',
    'eligibility.check.ground.no-jit-orders-90d.uncovered.unknown':
      'The last JIT order was on {last}, but the order export ends on {until}, so JIT orders between then and the application date cannot be ruled out ({need} consecutive days needed). Export the orders again on or after the day before applying.',
    'eligibility.check.ground.no-jit-orders-90d.none.uncovered.unknown':
      'The order export (from {first}) has no JIT orders, but it ends on {until}, so JIT orders between then and the application date cannot be ruled out ({need} consecutive days needed). Export the orders again on or after the day before applying.',
    'eligibility.note.window-not-covered':
      'The last order in the export is on {last}, {missing} day(s) before the {rb.fulfilmentWindowDays}-day window ends on {to}: the export does not cover the whole window, so the result cannot be "go". Export the orders up to {to} again.',
    'eligibility.note.window-not-covered.future':
      'The {rb.fulfilmentWindowDays}-day window of the planned application date ends on {to}, but the order export ends on {last} ({missing} day(s) short): those days have not happened yet, so the result cannot be "go". Export the orders again after {to} and check again.',
    'eligibility.note.window-few-jit-orders':
      'The window ({from} to {to}) holds only {count} JIT order(s), against about {usual} in an average earlier {rb.fulfilmentWindowDays} days: the export may be incomplete (e.g. exported with a filter). Check that it holds all orders; if you have deliberately taken fewer JIT orders, ignore this.',
    'eligibility.cli.unknown':
      'Cannot confirm yet that you may apply to exit JIT (application date {date}): nothing fails, but these lack data:',
    'eligibility.check.fulfilment-rate.uncovered.none.unknown':
      'The order export ends on {last}, but the {rb.fulfilmentWindowDays}-day window ({from} to {to}) runs until {to}: the orders of its last {missing} day(s) are not in the export and no JIT order was due in the covered part, so the fulfilment rate cannot be confirmed (needs ≥ {min}%). Export the orders again after {to} and check again.',
    'eligibility.cli.notEligible': 'Not ready to apply to exit JIT (application date {date}):',
  },
};
