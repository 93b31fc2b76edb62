// The global tokens and base first: every other stylesheet (beside the code it styles) builds on them.
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api';
import { App } from './app';
import { initI18n } from './i18n';

// First: the browser host's token arrives in the URL hash, which the router reads next.
const connection = connect();
initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App connection={connection} />
  </StrictMode>,
);
