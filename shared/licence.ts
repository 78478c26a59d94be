import type { Finding, Region } from './findings';
import type { LicenceFieldName } from './licence-parse';

/** One field read off the licence: its value, how sure the OCR was, and where it was printed. */
export type LicenceFieldDetail = {
  value: string;
  confidence: number;
  region: Region;
  label: string;
  /** The read is below the calibrated confidence: the UI asks the user to confirm this field. */
  needsConfirmation?: boolean;
  /** The least sure character's confidence (0..1), where the engine gives one per character. */
  weakest?: number;
};

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
  /** The 15-digit 注册号 of a pre-2015 licence (then `fields.uscc` is null: none is printed). */
  registrationNumber?: string | null;
  /** The code as read when it failed the check (never put into `fields.uscc`). */
  usccRead?: string;
  /** Clockwise turn (0, 90, 180, 270) applied to stand the page upright; regions are in that frame. */
  orientation?: number;
  imageSize?: { width: number; height: number };
  /** GB/T 2260 division of a valid code's characters 3–8 (province, city, county names as known). */
  division?: { code: string; names: string[] };
};
