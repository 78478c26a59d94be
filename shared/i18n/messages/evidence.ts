/** Messages of the timestamp-evidence checks: logistics screenshots and the inventory-zero PDF. */
export const evidence = {
  'zh-CN': {
    'evidence.logistics.missing':
      '截图的角落和边缘没有可见的拍摄时间水印（页面里的物流事件时间不算）。请用手机相机或水印相机开启“时间水印”后重新拍摄，或用能在画面上打印截图时间的工具重新截图。',
    'evidence.logistics.tooOld':
      '截图时间水印 {timestamp} 早于近 {months} 个月的范围（{from} 至 {to}）。请提供近 {months} 个月内拍摄的截图。',
    'evidence.logistics.future':
      '截图时间水印 {timestamp} 晚于今天（{to}），时间不可信。请检查手机时间设置后重新拍摄。',
    'evidence.logistics.metadataOnly':
      '拍摄时间 {timestamp} 只记录在图片的元数据（EXIF）中，审核人员看不到。请开启相机的时间水印后重新拍摄。',
    'evidence.logistics.exifMismatch':
      '画面上的水印时间 {visible} 与照片记录的拍摄时间 {exif} 相差 {days} 天。请确认水印未被修改，必要时重新拍摄。',
    'evidence.set.monthUncovered':
      '{month} 没有带时间水印的物流轨迹截图；近 {months} 个月的每个月都需要至少一张。请补充该月的截图。',
    'evidence.set.duplicate': '此图与 {other} 完全相同。请换成另一个订单的物流轨迹截图。',
    'evidence.set.nearDuplicate': '此图与 {other} 几乎相同（可能是同一截图的副本）。请换成另一个订单的物流轨迹截图。',
    'evidence.inventory.missing':
      'PDF 页面上没有可见的导出时间（如“导出时间：2026-11-20 10:15:32”）。请在 ERP 导出库存报表时勾选“显示导出时间”，或在页眉/页脚加上导出时间后重新导出。',
    'evidence.inventory.metadataOnly':
      '导出时间 {timestamp} 只存在于 PDF 属性（元数据）中，审核人员看不到。请导出在页面上印有导出时间的报表。',
    'evidence.inventory.tooOld':
      '库存报表的导出时间 {timestamp} 早于允许的 {days} 天（{from} 至 {to}）。请重新导出最新的库存报表。',
    'evidence.inventory.future':
      '库存报表的导出时间 {timestamp} 晚于今天（{to}），时间不可信。请检查电脑时间后重新导出。',
    'evidence.inventory.notZero':
      '以下 SKU 的库存不为 0：{items}。请先清空这些库存（或完成调拨/出库），再重新导出报表。',
    'evidence.inventory.notZeroMore':
      '以下 SKU 的库存不为 0：{items}，另有 {more} 个。请先清空这些库存（或完成调拨/出库），再重新导出报表。',
    'evidence.inventory.tableNotFound':
      '没有找到带数量列（如“库存”“数量”“可用库存”“Qty”）的 SKU 库存表。请从 ERP 导出包含 SKU 和库存数量的报表。',
    'evidence.inventory.spreadsheet':
      '这是 {format} 表格，库存清零凭证必须是 PDF。请在 ERP 中选择“导出 PDF”，或用 Excel/WPS 打开后选择“文件 → 另存为/输出为 PDF”，确保页面上带导出时间。',
  },
  en: {
    'evidence.logistics.missing':
      "No visible capture-time watermark in the corners or edges of the screenshot (the tracking events' own dates do not count). Turn on the time watermark in the phone camera or a watermark-camera app and take it again, or use a screenshot tool that prints the capture time on the image.",
    'evidence.logistics.tooOld':
      'The time watermark {timestamp} is older than the last {months} months ({from} to {to}). Provide screenshots taken within the last {months} months.',
    'evidence.logistics.future':
      "The time watermark {timestamp} is later than today ({to}), so it cannot be trusted. Check the phone's clock and take it again.",
    'evidence.logistics.metadataOnly':
      "The capture time {timestamp} is only in the image metadata (EXIF), which reviewers never see. Turn on the camera's time watermark and take it again.",
    'evidence.logistics.exifMismatch':
      "The visible watermark {visible} differs from the photo's recorded capture time {exif} by {days} days. Make sure the watermark was not edited; take it again if needed.",
    'evidence.set.monthUncovered':
      'No logistics screenshot with a time watermark for {month}; each of the last {months} months needs at least one. Add one for that month.',
    'evidence.set.duplicate':
      'This image is identical to {other}. Replace it with a tracking screenshot of another order.',
    'evidence.set.nearDuplicate':
      'This image is nearly identical to {other} (probably a copy of the same screenshot). Replace it with a tracking screenshot of another order.',
    'evidence.inventory.missing':
      'No visible export time on the PDF pages (such as "导出时间：2026-11-20 10:15:32"). Export the stock report again with the export time shown (an ERP option, or a header/footer with the time).',
    'evidence.inventory.metadataOnly':
      'The export time {timestamp} exists only in the PDF properties (metadata), which reviewers never see. Export a report that prints the export time on the page.',
    'evidence.inventory.tooOld':
      'The stock report was exported at {timestamp}, older than the {days} days allowed ({from} to {to}). Export a fresh stock report.',
    'evidence.inventory.future':
      "The stock report's export time {timestamp} is later than today ({to}), so it cannot be trusted. Check the computer's clock and export again.",
    'evidence.inventory.notZero':
      'Stock is not zero for these SKUs: {items}. Clear this stock (or finish the transfers or shipments) and export the report again.',
    'evidence.inventory.notZeroMore':
      'Stock is not zero for these SKUs: {items}, and {more} more. Clear this stock (or finish the transfers or shipments) and export the report again.',
    'evidence.inventory.tableNotFound':
      'No SKU stock table with a quantity column (such as 库存, 数量, 可用库存 or Qty) was found. Export a report from the ERP that lists SKUs and their stock.',
    'evidence.inventory.spreadsheet':
      'The file is a {format} spreadsheet; the inventory-zero proof must be a PDF. In the ERP choose Export PDF, or open it in Excel/WPS and choose File → Save As / Export → PDF, with the export time on the page.',
  },
};
