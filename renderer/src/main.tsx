import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setStandingParams } from '../../shared/i18n';
import { rulebookParams } from '../../shared/rulebook';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
const render = () => {
  if (root)
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
};
// Messages name the rulebook's numbers ({rb.*}) rather than holding them: fetch it before the first paint.
void window.jitkit.rulebook
  .get({})
  .then((r) => {
    if (r.ok) setStandingParams(rulebookParams(r.value));
  })
  .catch(() => undefined)
  .finally(render);
