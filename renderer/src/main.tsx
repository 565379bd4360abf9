import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/api';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App api={api} menuSource={window.serviceLedger} />
  </StrictMode>,
);
