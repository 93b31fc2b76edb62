import { createRoot } from 'react-dom/client';
import { PackApp } from './pack-app';
import './pack.css';

createRoot(document.getElementById('root')!).render(<PackApp />);
