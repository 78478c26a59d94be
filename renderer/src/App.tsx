import { useCallback, useEffect, useState } from 'react';
import { getLocale, setLocale, t, type Locale } from '../../shared/i18n';
import type { CaseRecord } from '../../shared/case';
import { CasesScreen } from './screens/cases/CasesScreen';
import { CaseWorkspace, STEPS, type StepId } from './screens/workspace/CaseWorkspace';

const LOCALE_KEY = 'jitkit.locale';

function initialLocale(): Locale {
  const saved = localStorage.getItem(LOCALE_KEY);
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

/** The shell: a top bar (title, open case, language) and either the case list or one case. */
export function App() {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const l = initialLocale();
    setLocale(l);
    return l;
  });
  const [openCase, setOpenCase] = useState<CaseRecord | null>(null);
  const [step, setStep] = useState<StepId>(STEPS[0]);

  const switchLocale = useCallback((next: Locale) => {
    setLocale(next);
    localStorage.setItem(LOCALE_KEY, next);
    setLocaleState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale]);

  const open = useCallback((c: CaseRecord, first: StepId = STEPS[0]) => {
    setOpenCase(c);
    setStep(first);
  }, []);

  return (
    <div className="app" key={locale}>
      <a className="skip-link" href="#main">
        {t('ui.skipToContent')}
      </a>
      <header className="topbar">
        <button type="button" className="brand" onClick={() => setOpenCase(null)} aria-label={t('ui.nav.allCases')}>
          <span className="brand-mark" aria-hidden="true">
            J
          </span>
          <span>{t('app.title')}</span>
        </button>
        {openCase && (
          <nav className="crumbs" aria-label={t('ui.nav.breadcrumb')}>
            <button type="button" className="link" onClick={() => setOpenCase(null)}>
              {t('ui.nav.allCases')}
            </button>
            <span aria-hidden="true">/</span>
            <span className="crumb-current">{openCase.companyName}</span>
          </nav>
        )}
        <div className="topbar-end">
          <label className="locale-switch">
            <span className="sr-only">{t('ui.language')}</span>
            <select value={getLocale()} onChange={(e) => switchLocale(e.target.value as Locale)} data-testid="locale">
              <option value="zh-CN">{t('ui.lang.zh')}</option>
              <option value="en">{t('ui.lang.en')}</option>
            </select>
          </label>
        </div>
      </header>
      {openCase ? (
        <CaseWorkspace caseRecord={openCase} step={step} onStep={setStep} onCaseChange={setOpenCase} />
      ) : (
        <main id="main" className="page" tabIndex={-1}>
          <CasesScreen onOpen={open} />
        </main>
      )}
    </div>
  );
}
