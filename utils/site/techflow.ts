/** The TechFlow (深潮 TechFlow, techflowpost.com) site adapter. */
import type { SiteAdapter } from './adapter';
import { detectTechflowArticle, isWellFormedTechflowArticle, techflowPageHints } from './techflow-page';
import { techflowTextRules } from './techflow-text';
import { isTechFlowUrl, parseArticleUrl } from './techflow-url';

export const techflow: SiteAdapter = {
  name: 'techflow',
  handlesUrl: isTechFlowUrl,
  parseArticleUrl,
  detectArticle: detectTechflowArticle,
  isWellFormedArticle: isWellFormedTechflowArticle,
  page: techflowPageHints,
  text: techflowTextRules,
};
