/** The licence feature: read a business licence (营业执照) by OCR. */
export { readLicence, licenceFindings, type ReadLicenceOptions } from './read';
export type { LicenceReading, LicenceFieldDetail } from '../../../shared/licence';
