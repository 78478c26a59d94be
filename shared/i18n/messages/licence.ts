/** Messages of the licence-reading feature (OCR of the 营业执照). */
export const licence = {
  'zh-CN': {
    'licence.field.companyName': '名称',
    'licence.field.uscc': '统一社会信用代码',
    'licence.field.legalRepresentative': '法定代表人（负责人/经营者）',
    'licence.fieldMissing': '营业执照上未能识别出“{field}”。请上传更清晰、完整、无反光的执照照片或扫描件，或在案件中手动填写该字段。',
    'licence.notALicence': '这张图片上没有找到营业执照的任何字段（名称、统一社会信用代码、法定代表人）。请确认上传的是营业执照正本或副本的照片或扫描件。',
    'licence.usccInvalid': '识别出的统一社会信用代码 {uscc} 未通过国家标准校验位检查。请对照执照逐位核对后手动确认（极少数真实代码也无法通过校验）。',
    'licence.heic': '暂不支持 HEIC/HEIF 照片（苹果手机默认格式）。请在手机上将照片导出为 JPEG（设置 → 相机 → 格式 → 兼容性最佳），或截图后再上传。',
    'licence.ocrFailed': '识别营业执照时出错：{detail}。请重试；如仍失败，请手动填写执照信息。',
    'licence.cancelled': '已取消识别营业执照。',
    'licence.material.notFound': '找不到该材料（{id}）。请重新选择文件。',
    'licence.apply.nothing': '没有可写入案件的字段。请先识别营业执照并确认字段。',
  },
  en: {
    'licence.field.companyName': 'company name',
    'licence.field.uscc': 'unified social credit code',
    'licence.field.legalRepresentative': 'legal representative (or person in charge / operator)',
    'licence.fieldMissing': 'Could not read "{field}" on the business licence. Upload a sharper, complete photo or scan without glare, or type the field into the case.',
    'licence.notALicence': 'None of the business licence fields (name, credit code, legal representative) were found on this image. Make sure you upload a photo or scan of the business licence.',
    'licence.usccInvalid': 'The credit code read, {uscc}, fails the national check-character test. Compare each character with the licence and confirm it by hand (a few real codes also fail the test).',
    'licence.heic': 'HEIC/HEIF photos (the iPhone default) are not supported yet. Export the photo as JPEG on the phone (Settings → Camera → Formats → Most Compatible) or take a screenshot, then upload it again.',
    'licence.ocrFailed': 'Reading the business licence failed: {detail}. Try again; if it keeps failing, type the licence details in by hand.',
    'licence.cancelled': 'Reading the business licence was cancelled.',
    'licence.material.notFound': 'That material ({id}) was not found. Choose the file again.',
    'licence.apply.nothing': 'There are no fields to copy into the case. Read the licence and confirm the fields first.',
  },
};
