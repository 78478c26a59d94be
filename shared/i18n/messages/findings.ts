/**
 * One default message (`finding.<CODE>`) and one rule label (`rule.<CODE>`) per finding code of
 * the catalogue (shared/findings.ts). Services may use more specific
 * keys from their own domain file; these are the fallback every code must have.
 */
export const findings = {
  'zh-CN': {
    'finding.FILE_UNREADABLE': '文件无法读取或已损坏：{detail}。请重新导出或重新拍摄后再上传。',
    'finding.FILE_TYPE_MISMATCH': '文件内容与扩展名不符（扩展名 {ext}，实际为 {actual}）。请用正确的格式保存。',
    'finding.FILE_TOO_LARGE': '文件过大（{size}），超过 {limit} 的上限。请压缩或降低分辨率。',
    'finding.IMAGE_LOW_RESOLUTION':
      '图片分辨率过低（{width}×{height}），A4 页面至少需要约 {rb.upload.minLetterDpi} dpi（{minWidth}×{minHeight}）。请用更高分辨率重新扫描或拍摄。',
    'finding.IMAGE_BLURRY': '图片模糊（清晰度 {score}，至少需要 {threshold}）。请在光线充足处对焦后重新拍摄。',
    'finding.LICENCE_FIELD_MISSING': '营业执照上未能识别出“{field}”。请上传更清晰的照片，或手动填写该字段。',
    'finding.USCC_INVALID': '统一社会信用代码 {uscc} 未通过校验位检查。请对照执照核对每一位。',
    'finding.SEAL_MISSING': '未找到红色公章。请在“公司盖章”处加盖清晰的公司公章。',
    'finding.SEAL_BLURRY':
      '公章模糊（清晰度 {score}，至少需要 {threshold}），审核会被驳回。请重新盖章，用力均匀后重新扫描。',
    'finding.SIGNATURE_MISSING': '“法定代表人（签字）”处没有手写签名。请由法定代表人本人手写签字。',
    'finding.LEGAL_NAME_MISMATCH':
      '承诺书上的法定代表人“{found}”与营业执照上的“{expected}”不一致。必须由执照上的法定代表人签署。',
    'finding.COMPANY_NAME_MISMATCH': '公司名称“{found}”与营业执照上的“{expected}”不一致。',
    'finding.TIMESTAMP_MISSING': '未找到可见的时间戳（时间水印）。请用带时间水印的相机或截图工具重新截取。',
    'finding.TIMESTAMP_OUT_OF_RANGE': '时间戳 {timestamp} 不在允许范围内（{from} 至 {to}）。',
    'finding.INVENTORY_NOT_ZERO': '库存未清零：{items}。所有 SKU 的库存必须为 0。',
    'finding.FILE_UNSUPPORTED_FORMAT': '不支持的文件格式（{format}）。请使用 JPEG、PNG、WebP、TIFF 或 PDF。',
    'finding.PDF_ENCRYPTED': 'PDF 已加密或设有密码，无法检查。请导出无密码的 PDF。',
    'finding.PDF_TOO_MANY_PAGES': 'PDF 页数过多（{pages} 页，上限 {limit} 页）。请只导出需要的页面。',
    'finding.IMAGE_TOO_LARGE': '图片尺寸过大（{width}×{height}），超过 {limit} 像素的上限。请缩小后再上传。',
    'finding.PAGE_CUT_OFF': '照片未拍全整页（{edge}边缘被裁切）。请把整页纸完整拍入画面。',
    'finding.TIMESTAMP_METADATA_ONLY':
      '时间只存在于文件元数据（{timestamp}）中，审核人员看不到。请使用在画面上显示时间水印的工具。',
    'finding.TIMESTAMP_EXIF_MISMATCH': '画面水印时间 {visible} 与拍摄时间 {exif} 相差超过一天，请确认。',
    'finding.LOGISTICS_MONTH_UNCOVERED': '{month} 没有物流轨迹截图，近 {months} 个月每个月都应有截图。',
    'finding.DUPLICATE_IMAGE': '与 {other} 是同一张图片，请换成不同订单的截图。',
    'finding.INVENTORY_TABLE_NOT_FOUND': '未找到库存表（如“库存”“数量”列）。请从 ERP 导出包含 SKU 和数量的库存报表。',
    'finding.SPREADSHEET_NOT_PDF':
      '库存清零凭证必须是 PDF。请在 ERP 或 Excel 中选择“导出为 PDF”（文件 → 另存为 → PDF）后上传。',
    'finding.MATERIAL_MISSING': '缺少材料：{material}。',
    'finding.HANDWRITING_NAME_MISMATCH': '手写签名看起来是“{found}”，与法定代表人“{expected}”不同，请确认由本人签字。',
    'finding.KIND_UNKNOWN': '无法判断此文件属于哪类材料。请手动指定类型。',
    'finding.NAMES_NOT_CHECKED': '未能识别文字（{detail}），法定代表人和公司名称未核对。请稍后重试，或人工核对。',
    'finding.SEAL_UNCLEAR':
      '标出的区域有红色或紫色印迹，但看不出完整的圆形或椭圆形公章（可能被折痕、阴影或裁切遮挡）。请查看该区域：若未盖章，请加盖公司公章；若公章不完整或不清晰，请重新盖章并平整扫描。',
    'finding.SIGNATURE_UNCLEAR':
      '“{label}”旁边只看到很淡或很小的笔迹，无法确认是否已手写签名。请查看标出的区域：若未签字，请由法定代表人本人签字；若签名太淡，请用深色笔重签后重新扫描。',
    // The rule each code stands for, as the report lists it (pass / warn / fail).
    'rule.FILE_UNREADABLE': '文件可读取',
    'rule.FILE_TYPE_MISMATCH': '内容与扩展名一致',
    'rule.FILE_TOO_LARGE': '文件大小在上限内',
    'rule.IMAGE_LOW_RESOLUTION': '分辨率足够',
    'rule.IMAGE_BLURRY': '图片清晰',
    'rule.PAGE_CUT_OFF': '整页完整',
    'rule.SEAL_MISSING': '有公司公章',
    'rule.SEAL_BLURRY': '公章清晰',
    'rule.SIGNATURE_MISSING': '有法定代表人手写签名',
    'rule.LEGAL_NAME_MISMATCH': '法定代表人与执照一致',
    'rule.COMPANY_NAME_MISMATCH': '公司名称与执照一致',
    'rule.HANDWRITING_NAME_MISMATCH': '手写签名与法定代表人一致',
    'rule.TIMESTAMP_MISSING': '有可见时间戳',
    'rule.TIMESTAMP_OUT_OF_RANGE': '时间戳在允许范围内',
    'rule.TIMESTAMP_METADATA_ONLY': '时间在画面上可见',
    'rule.TIMESTAMP_EXIF_MISMATCH': '水印时间与拍摄时间一致',
    'rule.DUPLICATE_IMAGE': '截图不重复',
    'rule.LOGISTICS_MONTH_UNCOVERED': '近 {rb.logisticsWindowMonths} 个月每月都有截图',
    'rule.SPREADSHEET_NOT_PDF': '库存凭证为 PDF',
    'rule.INVENTORY_TABLE_NOT_FOUND': '找到库存表',
    'rule.INVENTORY_NOT_ZERO': '所有 SKU 库存为 0',
    'rule.LICENCE_FIELD_MISSING': '执照字段齐全',
    'rule.LICENCE_OLD_FORMAT': '现行版营业执照（有统一社会信用代码）',
    'rule.LICENCE_WRONG_DOCUMENT': '文件是营业执照',
    'rule.LICENCE_EXTRA_DOCUMENT': '照片中只有营业执照',
    'rule.LICENCE_PLACE_MISMATCH': '信用代码的登记地与名称、住所一致（仅提示）',
    'rule.USCC_INVALID': '统一社会信用代码校验通过',
    'rule.KIND_UNKNOWN': '材料类型可识别',
    'rule.MATERIAL_MISSING': '材料齐全',
    'rule.FILE_UNSUPPORTED_FORMAT': '文件格式受支持',
    'rule.PDF_ENCRYPTED': 'PDF 未加密',
    'rule.PDF_TOO_MANY_PAGES': 'PDF 页数在上限内',
    'rule.IMAGE_TOO_LARGE': '图片尺寸在上限内',
    'rule.NAMES_NOT_CHECKED': '名称已核对',
    'rule.SEAL_UNCLEAR': '公章完整可辨',
    'rule.SIGNATURE_UNCLEAR': '手写签名清楚可见',
    'rule.LETTER_TWO_PAGES': '照片中只有一页承诺书',
    'rule.PAGE_BLANK': '承诺书页面有内容',
    'rule.PAGE_ROTATED': '页面方向正确（仅提示）',
    'finding.LOGISTICS_PICKUP_NOT_SHOWN': '截图中没有看到揽收事件。',
    'finding.LOGISTICS_ORDER_IS_JIT': '截图中的订单 {order} 是 JIT 订单。',
    'finding.LOGISTICS_ORDER_UNKNOWN': '截图中的订单号不在订单导出中。',
    'finding.PICKUP_NOT_MARKED': '揽收时间没有被标出。',
    'finding.TIMESTAMP_FROM_TASKBAR_CLOCK': '拍摄时间取自电脑任务栏时钟。',
    'finding.TIMESTAMP_UNCLEAR': '画面边缘有一处像时间水印的文字，但读不清。',
    'rule.LOGISTICS_PICKUP_NOT_SHOWN': '截图显示揽收事件',
    'rule.PICKUP_NOT_MARKED': '揽收时间已标出',
    'rule.LOGISTICS_ORDER_IS_JIT': '截图订单为非 JIT 订单',
    'rule.LOGISTICS_ORDER_UNKNOWN': '截图订单可在订单导出表中找到',
    'rule.TIMESTAMP_FROM_TASKBAR_CLOCK': '拍摄时间来自任务栏时钟（仅提示）',
    'rule.TIMESTAMP_UNCLEAR': '时间水印清晰可读',
    'finding.LICENCE_OLD_FORMAT':
      '这是没有统一社会信用代码的旧版营业执照。平台要求现行的营业执照：请换领新版执照或使用电子营业执照后再上传。',
    'finding.LICENCE_WRONG_DOCUMENT': '这份文件不是中国大陆的营业执照。请上传营业执照正本或副本。',
    'finding.LICENCE_EXTRA_DOCUMENT': '执照照片中还有另一份证件。请只拍营业执照后重新上传。',
    'finding.LICENCE_PLACE_MISMATCH': '统一社会信用代码表示的登记地与执照上的地名不一致。请核对代码和地名是否读对。',
    'finding.LETTER_TWO_PAGES': '这张照片里有两页纸。请每次只拍一页：把签字盖章的承诺书单独拍照或扫描。',
    'finding.PAGE_BLANK': '这一页是空白的，没有看到任何文字。请上传签字盖章后的承诺书，而不是空白页或背面。',
    'finding.PAGE_ROTATED': '这一页是{turn}放置的，已按正向识别。上传前最好把图片转正。',
  },
  en: {
    'finding.FILE_UNREADABLE': 'The file cannot be read or is damaged: {detail}. Export or photograph it again.',
    'finding.FILE_TYPE_MISMATCH':
      'The file content does not match its extension ({ext}, but it is {actual}). Save it in the right format.',
    'finding.FILE_TOO_LARGE':
      'The file is too large ({size}); the limit is {limit}. Compress it or lower the resolution.',
    'finding.IMAGE_LOW_RESOLUTION':
      'The image resolution is too low ({width}×{height}); an A4 page needs about {rb.upload.minLetterDpi} dpi ({minWidth}×{minHeight}). Scan or photograph it at a higher resolution.',
    'finding.IMAGE_BLURRY':
      'The image is blurry (sharpness {score}, needs {threshold}). Photograph it again in good light, in focus.',
    'finding.LICENCE_FIELD_MISSING':
      'Could not read "{field}" on the business licence. Upload a sharper photo or type the field in.',
    'finding.USCC_INVALID':
      'The unified social credit code {uscc} fails its check character. Compare every character with the licence.',
    'finding.SEAL_MISSING': 'No red company seal found. Stamp the company seal clearly in the seal area.',
    'finding.SEAL_BLURRY':
      'The company seal is blurry (sharpness {score}, needs {threshold}); reviewers reject this. Stamp again with even pressure and rescan.',
    'finding.SIGNATURE_MISSING':
      'No handwritten signature beside "法定代表人（签字）". The legal representative must sign by hand.',
    'finding.LEGAL_NAME_MISMATCH':
      'The legal representative on the letter, "{found}", differs from "{expected}" on the business licence. The licence\'s legal representative must sign.',
    'finding.COMPANY_NAME_MISMATCH': 'The company name "{found}" differs from "{expected}" on the business licence.',
    'finding.TIMESTAMP_MISSING':
      'No visible timestamp (time watermark) found. Capture it again with a camera or tool that prints the time on the image.',
    'finding.TIMESTAMP_OUT_OF_RANGE': 'The timestamp {timestamp} is outside the allowed range ({from} to {to}).',
    'finding.INVENTORY_NOT_ZERO': 'Stock is not zero: {items}. Every SKU must be at 0.',
    'finding.FILE_UNSUPPORTED_FORMAT': 'Unsupported file format ({format}). Use JPEG, PNG, WebP, TIFF or PDF.',
    'finding.PDF_ENCRYPTED':
      'The PDF is encrypted or password-protected and cannot be checked. Export it without a password.',
    'finding.PDF_TOO_MANY_PAGES':
      'The PDF has too many pages ({pages}; the limit is {limit}). Export only the pages needed.',
    'finding.IMAGE_TOO_LARGE':
      'The image is too large ({width}×{height}); the limit is {limit} pixels. Scale it down first.',
    'finding.PAGE_CUT_OFF':
      'The photo does not show the whole page (the {edge} edge is cut off). Fit the whole sheet in the frame.',
    'finding.TIMESTAMP_METADATA_ONLY':
      'The capture time exists only in the file metadata ({timestamp}), which reviewers never see. Use a tool that prints the time on the image.',
    'finding.TIMESTAMP_EXIF_MISMATCH':
      'The visible watermark {visible} differs from the capture time {exif} by more than a day. Please confirm.',
    'finding.LOGISTICS_MONTH_UNCOVERED':
      'No logistics screenshot for {month}; each of the last {months} months needs one.',
    'finding.DUPLICATE_IMAGE': 'This is the same image as {other}; use a screenshot of a different order.',
    'finding.INVENTORY_TABLE_NOT_FOUND':
      'No stock table found (columns such as 库存 or Qty). Export a stock report with SKUs and quantities from the ERP.',
    'finding.SPREADSHEET_NOT_PDF':
      'The inventory-zero proof must be a PDF. In the ERP or Excel choose Export as PDF (File → Save As → PDF) and upload that.',
    'finding.MATERIAL_MISSING': 'Missing material: {material}.',
    'finding.HANDWRITING_NAME_MISMATCH':
      'The handwritten signature looks like "{found}", not the legal representative "{expected}". Make sure they sign in person.',
    'finding.KIND_UNKNOWN': 'Could not tell which material this file is. Choose its kind by hand.',
    'finding.SEAL_UNCLEAR':
      'There is red or purple stamp ink in the marked area, but no whole round or oval company seal could be made out (a fold, a shadow or the edge may hide it). Look at the marked area: if the letter is not sealed, stamp the company seal; if the seal is partial or unclear, stamp it again and scan the sheet flat.',
    'finding.SIGNATURE_UNCLEAR':
      'Only faint or very small strokes beside "{label}": it is not clear that the letter is signed by hand. Look at the marked area: if it is unsigned, the legal representative must sign; if the signature is too faint, sign again with a dark pen and rescan.',
    'finding.NAMES_NOT_CHECKED':
      'Text could not be read ({detail}), so the names were not compared. Try again later or compare them by eye.',
    // The rule each code stands for, as the report lists it.
    'rule.FILE_UNREADABLE': 'File readable',
    'rule.FILE_TYPE_MISMATCH': 'Content matches extension',
    'rule.FILE_TOO_LARGE': 'File size within the limit',
    'rule.IMAGE_LOW_RESOLUTION': 'Resolution sufficient',
    'rule.IMAGE_BLURRY': 'Image sharp',
    'rule.PAGE_CUT_OFF': 'Whole page visible',
    'rule.SEAL_MISSING': 'Company seal present',
    'rule.SEAL_BLURRY': 'Seal sharp',
    'rule.SIGNATURE_MISSING': 'Handwritten signature present',
    'rule.LEGAL_NAME_MISMATCH': 'Legal representative matches the licence',
    'rule.COMPANY_NAME_MISMATCH': 'Company name matches the licence',
    'rule.HANDWRITING_NAME_MISMATCH': 'Signature matches the legal representative',
    'rule.TIMESTAMP_MISSING': 'Visible timestamp',
    'rule.TIMESTAMP_OUT_OF_RANGE': 'Timestamp within range',
    'rule.TIMESTAMP_METADATA_ONLY': 'Time visible on the image',
    'rule.TIMESTAMP_EXIF_MISMATCH': 'Watermark matches capture time',
    'rule.DUPLICATE_IMAGE': 'No duplicate screenshots',
    'rule.LOGISTICS_MONTH_UNCOVERED': 'Each of the last {rb.logisticsWindowMonths} months covered',
    'rule.SPREADSHEET_NOT_PDF': 'Inventory proof is a PDF',
    'rule.INVENTORY_TABLE_NOT_FOUND': 'Stock table found',
    'rule.INVENTORY_NOT_ZERO': 'Every SKU at 0',
    'rule.LICENCE_FIELD_MISSING': 'Licence fields complete',
    'rule.LICENCE_OLD_FORMAT': 'Current licence (with a unified social credit code)',
    'rule.LICENCE_WRONG_DOCUMENT': 'The file is a business licence',
    'rule.LICENCE_EXTRA_DOCUMENT': 'Only the licence in the photo',
    'rule.LICENCE_PLACE_MISMATCH': "Credit code's place matches the name and address (notice only)",
    'rule.USCC_INVALID': 'USCC check character valid',
    'rule.KIND_UNKNOWN': 'Material kind recognised',
    'rule.MATERIAL_MISSING': 'All materials present',
    'rule.FILE_UNSUPPORTED_FORMAT': 'File format supported',
    'rule.PDF_ENCRYPTED': 'PDF not encrypted',
    'rule.PDF_TOO_MANY_PAGES': 'PDF page count within the limit',
    'rule.IMAGE_TOO_LARGE': 'Image size within the limit',
    'rule.NAMES_NOT_CHECKED': 'Names compared',
    'rule.SEAL_UNCLEAR': 'Company seal whole and legible',
    'rule.SIGNATURE_UNCLEAR': 'Handwritten signature clearly visible',
    'rule.LETTER_TWO_PAGES': 'One letter page per photo',
    'rule.PAGE_BLANK': 'The letter page is not blank',
    'rule.PAGE_ROTATED': 'Page the right way up (note only)',
    'finding.LOGISTICS_PICKUP_NOT_SHOWN': 'No pickup event is visible in the screenshot.',
    'finding.LOGISTICS_ORDER_IS_JIT': 'The order {order} in the screenshot is a JIT order.',
    'finding.LOGISTICS_ORDER_UNKNOWN': 'The order number in the screenshot is not in the order export.',
    'finding.PICKUP_NOT_MARKED': 'The pickup time is not marked.',
    'finding.TIMESTAMP_FROM_TASKBAR_CLOCK': 'The capture time comes from the desktop taskbar clock.',
    'finding.TIMESTAMP_UNCLEAR':
      'Something at the edge of the image looks like a time watermark but could not be read.',
    'rule.LOGISTICS_PICKUP_NOT_SHOWN': 'Pickup event shown',
    'rule.PICKUP_NOT_MARKED': 'Pickup time marked',
    'rule.LOGISTICS_ORDER_IS_JIT': 'Screenshot order is non-JIT',
    'rule.LOGISTICS_ORDER_UNKNOWN': 'Screenshot order found in the order export',
    'rule.TIMESTAMP_FROM_TASKBAR_CLOCK': 'Capture time from the taskbar clock (note only)',
    'rule.TIMESTAMP_UNCLEAR': 'Time watermark legible',
    'finding.LICENCE_OLD_FORMAT':
      'This is an old licence without a unified social credit code. The platform needs the current licence: get the new licence or use the electronic business licence, then upload it.',
    'finding.LICENCE_WRONG_DOCUMENT':
      'This file is not a mainland China business licence. Upload the business licence (original or duplicate).',
    'finding.LICENCE_EXTRA_DOCUMENT':
      'Another document is in the licence photo. Photograph the business licence alone and upload it again.',
    'finding.LICENCE_PLACE_MISMATCH':
      'The place the credit code was issued in differs from the place on the licence. Check that the code and the place were read right.',
    'finding.LETTER_TWO_PAGES':
      'This photo shows two pages. Photograph or scan only the signed and sealed commitment letter, one page per file.',
    'finding.PAGE_BLANK':
      'This page is blank: no text was found on it. Upload the signed and sealed commitment letter, not a blank page or its back.',
    'finding.PAGE_ROTATED':
      'This page was {turn}; it was read the right way up. Rotating the image before uploading is better.',
  },
};
