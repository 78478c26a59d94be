/**
 * Texts printed on the commitment letter (JIT退出承诺书) and the letter feature's errors and
 * signed-letter check messages. Policy numbers are parameters filled from the rulebook.
 * The printed labels (法定代表人：, 法定代表人（签字）：, 公司盖章：) are what the scan checker
 * looks for, so change them only together with electron/services/checks/letter-labels.ts.
 */
export const letter = {
  'zh-CN': {
    'letter.company': '公司名称：{value}',
    'letter.uscc': '统一社会信用代码：{value}',
    'letter.storeName': '店铺名称：{value}',
    'letter.storeId': '店铺ID：{value}',
    'letter.notGiven': '（未填写）',
    'letter.exitGroundHeading': '申请退出依据：',
    'letter.rulesCited': '（依据：{rules}）',
    'letter.commitmentsHeading': '本公司就申请退出 JIT 履约模式郑重承诺：',
    'letter.commitment.noPendingOrders':
      '截至本承诺书签署之日，本店铺不存在任何未完成履约的 JIT 订单，也无未完结的 JIT 异常工单。',
    'letter.commitment.stockCleared':
      '本店铺在保税仓及国内仓的库存已全部清空（库存同步状态为“已清空”），且不存在任何未对账的 JIT 调拨单。',
    'letter.commitment.reentry':
      '本公司知悉：退出生效后至少 {days} 个自然日内不得重新申请加入 JIT；重新加入还须在此期间完成至少 {orders} 笔非 JIT 订单且履约率不低于 {rate}%。',
    'letter.commitment.bonded':
      '本公司知悉：退出 JIT 不终止与保税仓服务商的仓储合同，本公司将自行安排清仓出库，未及时清仓产生的仓储费用（行业均价约 ¥{fee}/箱/天）由本公司承担。',
    'letter.commitment.switchOver': '在退出切换完成前，本店铺不在新增的 JIT 强管控类目上架商品。',
    'letter.closing': '以上内容真实、准确；如有不实，本公司自愿承担由此产生的一切后果。',
    'letter.legalRep': '法定代表人：{name}',
    'letter.signatureLabel': '法定代表人（签字）：',
    'letter.sealLabel': '公司盖章：',
    'letter.sealHint': '盖章处',
    'letter.date': '日期：{date}',
    'letter.dateFormat': '{y}年{m}月{d}日',
    'letter.footer': '文档编号：{id}　　本承诺书由 JIT退出材料助手 生成，请打印后签字盖章',
    'letter.error.exitReasonMissing':
      '案件没有选择退出依据，无法生成承诺书。请在案件中选择退出依据（exitReason：{choices}）后重试。',
    'letter.error.textTooLong': '“{field}”太长，承诺书上放不下（最多约 {max} 个字）。请核对并缩短后重试。',
    'letter.error.fontMissing': '找不到承诺书字体文件 {file}。请重新安装本程序。',
    'letter.error.missingGlyphs': '字体中没有这些字符：{chars}。请检查案件中的名称是否输入正确。',
    'letter.error.outputUnwritable': '无法写入 {file}：{detail}。请换一个可写的文件夹。',
    'letter.error.outputFolderMissing': '输出文件夹不存在：{dir}。请先创建该文件夹，或换一个位置保存。',
    'letter.error.outputIsFolder': '{file} 是一个文件夹。请在 --out 中给出 PDF 文件名，例如 {file}/承诺书.pdf。',
    'letter.check.notALetter':
      '这张图片看起来不是承诺书（没有找到“承诺书”“法定代表人”“签字”等文字）。请上传签字盖章后的 JIT退出承诺书 的扫描件或照片。',
    'letter.check.ocrUnavailable': '无法识别文字（{detail}），未核对法定代表人和公司名称。请稍后重试，或人工核对。',
    'letter.check.sealNameMismatch':
      '公章上的文字看起来是“{found}”，与营业执照上的公司名称“{expected}”不同。请确认加盖的是本公司公章。',
    'letter.check.licenceNotLetter':
      '这张图片看起来是营业执照，不是承诺书。请在这里上传签字盖章后的 JIT退出承诺书，营业执照放到执照一栏。',
    'letter.check.companyUnsure':
      '未能完整识别承诺书上的公司名称（识别为“{found}”），未与营业执照上的“{expected}”核对。请人工核对标出的区域。',
    'letter.check.personUnsure':
      '未能完整识别承诺书上的法定代表人（识别为“{found}”），未与营业执照上的“{expected}”核对。请人工核对标出的区域。',
    'letter.check.sealMissingAnywhere': '整页都没有找到红色公章印文。请在承诺人（盖章）处加盖清晰的公司公章。',
    'letter.check.sealBlurryStrokes':
      '公章区域内的印文模糊（清晰度 {score}，至少需要 {threshold}），审核会被驳回。请重新盖章，用力均匀后重新扫描。',
    'letter.check.sealDoubled':
      '公章区域内的印文有重影（同一枚章盖了两次，错开约 {shiftMm} 毫米），看不清印文，审核会被驳回。请在空白处重新盖一次清晰的公章后重新扫描。',
    'letter.check.signatureMissingNear':
      '“{label}”旁边（右侧、上方或下方）没有看到手写签名。请由法定代表人本人手写签字。',
    'letter.turn.1': '顺时针旋转 90°',
    'letter.turn.2': '倒置（旋转 180°）',
    'letter.turn.3': '逆时针旋转 90°',
    'letter.edge.top': '上',
    'letter.edge.right': '右',
    'letter.edge.bottom': '下',
    'letter.edge.left': '左',
    'letter.edge.separator': '、',
    'letter.saved': '承诺书已保存：{file}（文档编号 {id}）。请打印后由法定代表人手写签字并加盖公司公章。',
  },
  en: {
    'letter.company': 'Company name: {value}',
    'letter.uscc': 'Unified social credit code: {value}',
    'letter.storeName': 'Store name: {value}',
    'letter.storeId': 'Store ID: {value}',
    'letter.notGiven': '(not given)',
    'letter.exitGroundHeading': 'Ground for leaving JIT:',
    'letter.rulesCited': '(under {rules})',
    'letter.commitmentsHeading': 'Applying to leave JIT fulfilment, the company solemnly commits that:',
    'letter.commitment.noPendingOrders':
      'As of the date of signing, the store has no JIT order pending fulfilment and no unfinished JIT exception ticket.',
    'letter.commitment.stockCleared':
      'All stock in bonded and domestic warehouses has been cleared (stock sync status "cleared") and there is no un-reconciled JIT transfer order.',
    'letter.commitment.reentry':
      'The company is aware that it may not apply to re-enter JIT for at least {days} natural days after the exit takes effect, and that re-entry also needs at least {orders} non-JIT orders in that period with a fulfilment rate of at least {rate}%.',
    'letter.commitment.bonded':
      'The company is aware that leaving JIT does not end the storage contract with the bonded-warehouse provider; it will arrange the move-out and bear storage fees until cleared (industry average about ¥{fee} per box per day).',
    'letter.commitment.switchOver':
      'Until the switch-over completes, the store will not list goods in newly added strongly controlled JIT categories.',
    'letter.closing': 'The above is true and accurate; the company accepts all consequences of any untrue statement.',
    'letter.legalRep': 'Legal representative (法定代表人): {name}',
    'letter.signatureLabel': 'Signature (签字):',
    'letter.sealLabel': 'Company seal (盖章):',
    'letter.sealHint': 'seal here',
    'letter.date': 'Date: {date}',
    'letter.dateFormat': '{y}-{m}-{d}',
    'letter.footer': 'Document ID: {id}    Generated by JIT Exit Kit; print, sign by hand and stamp the seal',
    'letter.error.exitReasonMissing':
      'The case has no exit ground, so the letter cannot be made. Choose the exit ground of the case (exitReason: {choices}) and try again.',
    'letter.error.textTooLong':
      '"{field}" is too long to fit on the letter (about {max} characters at most). Check it, shorten it and try again.',
    'letter.error.fontMissing': 'The letter font {file} is missing. Reinstall the app.',
    'letter.error.missingGlyphs':
      'The font has no glyph for: {chars}. Check that the names in the case are typed correctly.',
    'letter.error.outputUnwritable': 'Cannot write {file}: {detail}. Choose a writable folder.',
    'letter.error.outputFolderMissing':
      'The output folder does not exist: {dir}. Create it first or save somewhere else.',
    'letter.error.outputIsFolder': '{file} is a folder. Give a PDF file name with --out, e.g. {file}/letter.pdf.',
    'letter.check.notALetter':
      'This image does not look like the commitment letter (no 承诺书, 法定代表人 or 签字 found). Upload a scan or photo of the signed and sealed JIT exit commitment letter.',
    'letter.check.ocrUnavailable':
      'Text could not be read ({detail}), so the legal representative and company name were not compared. Try again later or compare them by eye.',
    'letter.check.sealNameMismatch':
      'The seal seems to read "{found}", not the company on the business licence, "{expected}". Make sure the company\'s own seal was used.',
    'letter.check.licenceNotLetter':
      'This image looks like a business licence, not the commitment letter. Upload the signed and sealed JIT exit commitment letter here; the licence has its own slot.',
    'letter.check.companyUnsure':
      'The company name on the letter could not be read completely (read as "{found}"), so it was not compared with "{expected}" on the licence. Check the marked region by eye.',
    'letter.check.personUnsure':
      'The legal representative on the letter could not be read completely (read as "{found}"), so it was not compared with "{expected}" on the licence. Check the marked region by eye.',
    'letter.check.sealMissingAnywhere':
      'No red seal impression was found anywhere on the page. Stamp the company seal clearly at 承诺人（盖章）.',
    'letter.check.sealBlurryStrokes':
      'The seal impression inside the seal area is blurry (sharpness {score}, needs {threshold}); reviewers reject this. Stamp again with even pressure and rescan.',
    'letter.check.sealDoubled':
      'The seal impression inside the seal area is doubled (stamped twice about {shiftMm} mm apart), so its text cannot be read; reviewers reject this. Stamp once more, cleanly, and rescan.',
    'letter.check.signatureMissingNear':
      'No handwritten signature beside "{label}" (to its right, above or below). The legal representative must sign by hand.',
    'letter.turn.1': 'turned 90° clockwise',
    'letter.turn.2': 'upside down (turned 180°)',
    'letter.turn.3': 'turned 90° counter-clockwise',
    'letter.edge.top': 'top',
    'letter.edge.right': 'right',
    'letter.edge.bottom': 'bottom',
    'letter.edge.left': 'left',
    'letter.edge.separator': ', ',
    'letter.saved':
      'Letter saved: {file} (document ID {id}). Print it, have the legal representative sign it by hand and stamp the company seal.',
  },
};
