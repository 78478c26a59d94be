import type { Finding, Region } from './findings';
import type { LicenceFieldName } from './licence-parse';

/** One field read off the licence: its value, how sure the OCR was, and where it was printed. */
export type LicenceFieldDetail = { value: string; confidence: number; region: Region; label: string };

/** What reading a licence returns (CLI `jitkit licence`, IPC `licence:read`, batch). */
export type LicenceReading = {
  file: string;
  fields: { companyName: string | null; uscc: string | null; legalRepresentative: string | null };
  details: Partial<Record<LicenceFieldName, LicenceFieldDetail>>;
  type: string | null;
  foundedDate: string | null;
  address: string | null;
  usccValid: boolean;
  /** The code was corrected from an OCR confusion (O→0 …) to one that passes the check. */
  usccCorrected: boolean;
  findings: Finding[];
  imageSize?: { width: number; height: number };
};
