/** Messages of the licence-reading feature (OCR of the 营业执照). */
export const licence = {
  'zh-CN': {
    'licence.field.companyName': '名称',
    'licence.field.uscc': '统一社会信用代码',
    'licence.field.legalRepresentative': '法定代表人（负责人/经营者）',
    'licence.fieldMissing':
      '营业执照上未能识别出“{field}”。请上传更清晰、完整、无反光的执照照片或扫描件，或在案件中手动填写该字段。',
    'licence.notALicence':
      '这张图片上没有找到营业执照的任何字段（名称、统一社会信用代码、法定代表人）。请确认上传的是营业执照正本或副本的照片或扫描件。',
    'licence.usccInvalid':
      '识别出的统一社会信用代码 {uscc} 未通过国家标准校验位检查。请对照执照逐位核对后手动确认（极少数真实代码也无法通过校验）。',
    'licence.oldFormat':
      '这是 2015 年“三证合一”之前的旧版营业执照（只有注册号 {registrationNumber}，没有 18 位统一社会信用代码）。平台要求上传载有统一社会信用代码的现行营业执照：请到登记机关（市场监督管理局）换领新版执照，或下载电子营业执照后上传。',
    'licence.fieldUnsure':
      '营业执照上的“{field}”未能可靠识别（读到“{value}”，其中有字未能可靠识别，常见于生僻字），因此没有填写。请对照执照上标出的位置手动填写该字段。',
    'licence.usccUnread':
      '执照上的统一社会信用代码未能可靠识别（读到“{uscc}”，未通过校验），因此没有填写。请对照执照逐位手动填写。',
    'licence.confirmField': '请核对“{field}”：识别结果“{value}”的可信度较低。',
    'licence.wrongDocument':
      '这份文件看起来是{document}，不是中国大陆的营业执照，因此没有读取任何字段。请上传营业执照正本或副本的照片或扫描件（港澳台及境外公司的注册文件不能代替营业执照）。',
    'licence.extraDocument':
      '执照照片中还拍到了另一份证件（{document}）。为避免读错字段，请只拍营业执照（可裁剪掉其他证件）后重新上传，并核对识别出的字段。',
    'licence.placeMismatch':
      '统一社会信用代码中的登记机关行政区划代码（{code}）表示登记地在{division}，但执照上的{field}写的是“{found}”。请对照执照核对代码和{field}是否识别正确；如企业迁址后代码未变，可忽略此提示。',
    'licence.field.address': '住所',
    'licence.document.idCard': '身份证',
    'licence.document.foreignRegistration': '香港或境外的公司注册文件',
    'licence.document.otherCertificate': '其他证照（如许可证、登记证）',
    'licence.heic':
      '暂不支持 HEIC/HEIF 照片（苹果手机默认格式）。请在手机上将照片导出为 JPEG（设置 → 相机 → 格式 → 兼容性最佳），或截图后再上传。',
    'licence.ocrFailed': '识别营业执照时出错：{detail}。请重试；如仍失败，请手动填写执照信息。',
    'licence.cancelled': '已取消识别营业执照。',
    'licence.material.notFound': '找不到该材料（{id}）。请重新选择文件。',
    'licence.apply.nothing': '没有可写入案件的字段。请先识别营业执照并确认字段。',
    'licence.caseCompanyMismatch':
      '营业执照上的名称“{found}”与案件中的“{expected}”不一致。请以执照为准修改案件，或上传该公司的执照。',
    'licence.caseRepMismatch':
      '营业执照上的法定代表人“{found}”与案件中的“{expected}”不一致。请以执照为准修改案件，承诺书须由执照上的法定代表人签署。',
  },
  en: {
    'licence.field.companyName': 'company name',
    'licence.field.uscc': 'unified social credit code',
    'licence.field.legalRepresentative': 'legal representative (or person in charge / operator)',
    'licence.fieldMissing':
      'Could not read "{field}" on the business licence. Upload a sharper, complete photo or scan without glare, or type the field into the case.',
    'licence.fieldUnsure':
      'The "{field}" on the business licence was not read reliably (read as "{value}", with a character not read reliably, as happens with rare characters), so it was left empty. Type the field in from the marked place on the licence.',
    'licence.notALicence':
      'None of the business licence fields (name, credit code, legal representative) were found on this image. Make sure you upload a photo or scan of the business licence.',
    'licence.usccInvalid':
      'The credit code read, {uscc}, fails the national check-character test. Compare each character with the licence and confirm it by hand (a few real codes also fail the test).',
    'licence.oldFormat':
      'This is a pre-2015 business licence (it shows only the registration number {registrationNumber}, no 18-character unified social credit code). The platform needs the current licence that carries the unified code: get the new licence from the registration authority (market supervision bureau), or download the electronic business licence, and upload that.',
    'licence.usccUnread':
      'The unified social credit code could not be read reliably (read as "{uscc}", which fails the check), so it was left empty. Type it in by hand from the licence, character by character.',
    'licence.confirmField': 'Please confirm the {field}: the reading "{value}" has low confidence.',
    'licence.wrongDocument':
      'This file looks like {document}, not a mainland China business licence, so no fields were read. Upload a photo or scan of the business licence (a Hong Kong, Macau, Taiwan or foreign company registration cannot replace it).',
    'licence.extraDocument':
      'Another document ({document}) is in the licence photo. To avoid misread fields, photograph the business licence alone (or crop the other document out), upload it again and check the fields read.',
    'licence.placeMismatch':
      'The division code inside the unified social credit code ({code}) says it was issued in {division}, but the licence\'s {field} names "{found}". Compare the code and the {field} with the licence; if the company moved and kept its code, ignore this notice.',
    'licence.field.address': 'address',
    'licence.document.idCard': 'an ID card',
    'licence.document.foreignRegistration': 'a Hong Kong or foreign company registration',
    'licence.document.otherCertificate': 'another certificate (a permit or registration certificate)',
    'licence.heic':
      'HEIC/HEIF photos (the iPhone default) are not supported yet. Export the photo as JPEG on the phone (Settings → Camera → Formats → Most Compatible) or take a screenshot, then upload it again.',
    'licence.ocrFailed':
      'Reading the business licence failed: {detail}. Try again; if it keeps failing, type the licence details in by hand.',
    'licence.cancelled': 'Reading the business licence was cancelled.',
    'licence.material.notFound': 'That material ({id}) was not found. Choose the file again.',
    'licence.apply.nothing':
      'There are no fields to copy into the case. Read the licence and confirm the fields first.',
    'licence.caseCompanyMismatch':
      'The company name on the licence, "{found}", differs from the case ("{expected}"). Correct the case from the licence, or upload this company\'s licence.',
    'licence.caseRepMismatch':
      'The legal representative on the licence, "{found}", differs from the case ("{expected}"). Correct the case from the licence; the letter must be signed by the person on the licence.',
  },
};
