import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFPage, type RGB } from 'pdf-lib';
import { t } from '../../../shared/i18n';
import type { FileStatus, Finding } from '../../../shared/findings';
import { printable, reportTypeface, type Typeface } from './font';
import type { BundleReport } from './report';

/** The report as a printable A4 PDF, laid out as a list of styled lines (wrapped to width). */
type Line = { text: string; size: number; color?: RGB; indent?: number; gapBefore?: number };

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const COLORS: Record<FileStatus | 'unchecked', RGB> = {
  pass: rgb(0.1, 0.5, 0.2),
  warn: rgb(0.75, 0.45, 0),
  fail: rgb(0.8, 0.1, 0.1),
  unchecked: rgb(0.45, 0.45, 0.45),
};
const GREY = rgb(0.35, 0.35, 0.35);

function statusWord(s: FileStatus | 'unchecked'): string {
  return t(`status.${s}`);
}

function headerLines(r: BundleReport): Line[] {
  const lines: Line[] = [
    { text: t('report.title'), size: 18 },
    {
      text: t('report.case', { company: r.case.companyName, uscc: r.case.uscc, legalRep: r.case.legalRepresentative }),
      size: 10,
      gapBefore: 8,
    },
    {
      text: t('report.meta', {
        rulebook: `${r.rulebook.version} (${r.rulebook.effective})`,
        today: r.today,
        generated: r.generatedAt,
        version: r.appVersion,
      }),
      size: 9,
      color: GREY,
    },
    {
      text: t('report.bundle', { zip: r.zip?.name ?? '-', status: statusWord(r.status) }),
      size: 11,
      color: COLORS[r.status],
      gapBefore: 4,
    },
  ];
  if (r.zip) lines.push({ text: t('report.sha', { sha: r.zip.sha256 }), size: 8, color: GREY });
  if (r.allowErrors && r.overriddenErrors.length > 0) {
    lines.push({
      text: t('report.allowErrors', { count: r.overriddenErrors.length }),
      size: 10,
      color: COLORS.fail,
      gapBefore: 8,
    });
    for (const e of r.overriddenErrors) lines.push({ text: e.message, size: 8, color: COLORS.fail, indent: 12 });
  }
  if (r.setFindings.length > 0) {
    lines.push({ text: t('report.setFindings'), size: 12, gapBefore: 10 });
    for (const f of r.setFindings) lines.push(findingLine(f, 9, 12, r.rulebook.utcOffsetHours));
  }
  return lines;
}

function fileLines(r: BundleReport): Line[] {
  const lines: Line[] = [];
  for (const f of r.files) {
    const entry = f.entry ?? `(${t('report.notIncluded')})`;
    lines.push({
      text: `${statusWord(f.status)}  ${t('report.file', { entry, original: f.originalName, kind: t(`kind.${f.kind}`) })}`,
      size: 11,
      color: COLORS[f.status],
      gapBefore: 12,
    });
    lines.push({ text: t('report.sha', { sha: f.sha256 }), size: 8, color: GREY, indent: 12 });
    for (const rule of f.rules)
      lines.push({
        text: t('report.rule', { status: statusWord(rule.status), rule: rule.rule }),
        size: 9,
        color: COLORS[rule.status],
        indent: 12,
      });
    for (const x of f.findings) lines.push(findingLine(x, 8, 24, r.rulebook.utcOffsetHours));
  }
  return lines;
}

/** A finding in plain words: what was seen and what to do; a confirmed one says who checked and when. */
function findingLine(f: Finding, size: number, indent: number, offsetHours: number): Line {
  const severity = t(`report.severity.${f.severity}`);
  if (f.reviewed) {
    const note = f.reviewed.note ? t('report.reviewNote', { note: f.reviewed.note }) : '';
    return {
      text: `${t('report.reviewed', { at: localTime(f.reviewed.at, offsetHours) })}${note}：${f.message}`,
      size,
      indent,
      color: COLORS.pass,
    };
  }
  return { text: `${severity}：${f.message}`, size, indent, color: f.severity === 'error' ? COLORS.fail : GREY };
}

/** "2026-11-25 14:03" in the rulebook's local time (the JSON keeps the ISO instant). */
function localTime(iso: string, offsetHours: number): string {
  const d = new Date(Date.parse(iso) + offsetHours * 3600_000);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 16).replace('T', ' ');
}

/** Breaks a line into pieces that fit the width, character by character (CJK has no spaces). */
function wrap(text: string, font: Typeface, size: number, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of Array.from(text)) {
    if (current && font.widthOf(current + ch, size) > width) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  out.push(current);
  return out;
}

export async function renderReportPdf(report: BundleReport): Promise<Uint8Array> {
  const lines = [...headerLines(report), ...fileLines(report)].map((l) => ({
    ...l,
    text: printable(l.text.replace(/\s+/g, ' ')),
  }));
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(t('report.title'));
  doc.setProducer('JIT Exit Kit');
  doc.setCreationDate(new Date(report.generatedAt));
  const font = await reportTypeface(doc, lines.map((l) => l.text).join(''));
  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  for (const line of lines) {
    const indent = line.indent ?? 0;
    y -= line.gapBefore ?? 0;
    for (const piece of wrap(line.text, font, line.size, A4.width - 2 * MARGIN - indent)) {
      if (y - line.size < MARGIN) {
        page = doc.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      y -= line.size * 1.35;
      font.draw(page, piece, { x: MARGIN + indent, y }, line.size, line.color ?? rgb(0, 0, 0));
    }
  }
  return doc.save();
}
