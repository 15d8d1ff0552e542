/** What is known about one mention: an entity's card or a claim's attributes, with their actions. */
import type { TooltipContent } from '../../utils/reading/page-state';
import { safeArticleLink } from '../../utils/reading/page-state';
import { useActions, useEventGate, useTranslate, type PageMessage } from './context';

const KIND_LABEL: Record<'token' | 'company', PageMessage> = { token: 'page.kindToken', company: 'page.kindCompany' };
const STANCE_LABEL: Record<'bullish' | 'bearish' | 'neutral', PageMessage> = {
  bullish: 'page.stanceBullish',
  bearish: 'page.stanceBearish',
  neutral: 'page.stanceNeutral',
};

function EntityDetails({ content }: { content: Extract<TooltipContent, { type: 'entity' }> }) {
  const t = useTranslate();
  const library = content.library;
  return (
    <div class="tfa-details">
      <p class="tfa-heading">
        <span class="tfa-name">{content.name}</span>
        {content.symbol ? <span class="tfa-symbol" title={t('page.symbol')}>{content.symbol}</span> : null}
        <span class={`tfa-kind tfa-kind-${content.kind}`}>{t(KIND_LABEL[content.kind])}</span>
      </p>
      {content.description ? <p class="tfa-description">{content.description}</p> : null}
      {content.aliases.length > 0 ? (
        <p class="tfa-line">
          <span class="tfa-label">{t('page.writtenAs')}</span> {content.aliases.join(' · ')}
        </p>
      ) : null}
      <p class="tfa-line">{t('page.mentionsHere', content.count)}</p>
      {library ? (
        <div class="tfa-line">
          <p>{t('page.alsoIn', library.articleCount)}</p>
          {library.articles.length > 0 ? (
            <ul class="tfa-links">
              {library.articles.map((article) => {
                const href = safeArticleLink(article.url);
                return (
                  <li key={article.key}>
                    {href ? (
                      <a class="tfa-saved-title" href={href}>
                        {article.title}
                      </a>
                    ) : (
                      <span class="tfa-saved-title">{article.title}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function ClaimDetails({ content }: { content: Extract<TooltipContent, { type: 'claim' }> }) {
  const t = useTranslate();
  const actions = useActions();
  const gate = useEventGate();
  return (
    <div class="tfa-details">
      <p class="tfa-heading">
        <span class="tfa-kind tfa-kind-claim">{t('page.kindClaim')}</span>
      </p>
      <blockquote class="tfa-claim">{content.text}</blockquote>
      <dl class="tfa-facts">
        {content.speaker ? (
          <>
            <dt>{t('page.speaker')}</dt>
            <dd>{content.speaker}</dd>
          </>
        ) : null}
        {content.stance ? (
          <>
            <dt>{t('page.stance')}</dt>
            <dd class={`tfa-stance-${content.stance}`}>{t(STANCE_LABEL[content.stance])}</dd>
          </>
        ) : null}
        {content.horizon ? (
          <>
            <dt>{t('page.horizon')}</dt>
            <dd>{content.horizon}</dd>
          </>
        ) : null}
        {content.about.length > 0 ? (
          <>
            <dt>{t('page.about')}</dt>
            <dd>{content.about.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <div class="tfa-actions">
        <button type="button" disabled={content.saved} onClick={(event) => gate(event) && actions.saveClaim(content.mentionId)}>
          {content.saved ? t('page.claimSaved') : t('page.saveClaim')}
        </button>
        <button type="button" onClick={(event) => gate(event) && actions.copyQuote(content.mentionId)}>
          {t('page.copyQuote')}
        </button>
      </div>
    </div>
  );
}

function HighlightDetails({ content }: { content: Extract<TooltipContent, { type: 'highlight' }> }) {
  const t = useTranslate();
  const actions = useActions();
  const gate = useEventGate();
  return (
    <div class="tfa-details">
      {content.note ? <p class="tfa-note">{content.note}</p> : <p class="tfa-description">{content.quote}</p>}
      <div class="tfa-actions">
        <button type="button" onClick={(event) => gate(event) && actions.deleteHighlight(content.highlightId)}>
          {t('page.deleteHighlight')}
        </button>
      </div>
    </div>
  );
}

export function MentionDetails({ content }: { content: TooltipContent }) {
  if (content.type === 'entity') return <EntityDetails content={content} />;
  if (content.type === 'claim') return <ClaimDetails content={content} />;
  return <HighlightDetails content={content} />;
}
