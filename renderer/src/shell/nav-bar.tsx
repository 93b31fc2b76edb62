import { useTranslation } from 'react-i18next';
import type { Feature } from '@renderer/features/feature';
import { features } from '@renderer/features/registry';
import { routeHash } from './hash-route';

/** One link per registered feature. */
export function NavBar({ active }: { active: Feature }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {features.map((feature) => {
          const Icon = feature.icon;
          return (
            <li key={feature.id}>
              <a className="nav-link" href={routeHash(feature.id)} aria-current={feature === active ? 'page' : undefined}>
                {Icon ? <Icon className="nav-icon" /> : <span className="nav-icon" aria-hidden="true" />}
                <span>{t(feature.labelKey)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
