/**
 * Hover and focus previews for wiki links. Each link carries its target's title, kind and summary
 * (written at build time by the wiki-link plugin), so a preview costs no network request.
 * Mouse hover and keyboard focus show it; touch never does, so a tap simply follows the link.
 */
const SELECTOR = '.sl-markdown-content a[data-preview-title]';
const DELAY_MS = 250;

let card: HTMLDivElement | undefined;
let timer: number | undefined;
let current: HTMLAnchorElement | undefined;

function ensureCard(): HTMLDivElement {
  if (card) return card;
  card = document.createElement('div');
  card.id = 'wiki-link-preview';
  card.className = 'wiki-link-preview';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  card.addEventListener('pointerenter', () => window.clearTimeout(timer));
  card.addEventListener('pointerleave', () => hide());
  document.body.append(card);
  return card;
}

function show(link: HTMLAnchorElement): void {
  const c = ensureCard();
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = link.dataset['wikiKind'] ?? '';
  const title = document.createElement('strong');
  title.textContent = link.dataset['previewTitle'] ?? '';
  const summary = document.createElement('p');
  summary.textContent = link.dataset['previewSummary'] ?? '';
  c.replaceChildren(kind, title, summary); // textContent only: front matter never becomes markup
  c.hidden = false;
  const r = link.getBoundingClientRect();
  const width = Math.min(360, window.innerWidth - 16);
  c.style.width = `${width}px`;
  c.style.left = `${Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - width - 8))}px`;
  const below = r.bottom + window.scrollY + 8;
  c.style.top = `${below}px`;
  if (r.bottom + c.offsetHeight + 16 > window.innerHeight && r.top > c.offsetHeight + 16) {
    c.style.top = `${r.top + window.scrollY - c.offsetHeight - 8}px`;
  }
  link.setAttribute('aria-describedby', c.id);
  current = link;
}

function hide(): void {
  window.clearTimeout(timer);
  if (card) card.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

function linkFrom(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(SELECTOR) : null;
}

document.addEventListener('pointerover', (e) => {
  const link = linkFrom(e.target);
  if (!link || e.pointerType !== 'mouse' || link === current) return;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => show(link), DELAY_MS);
});
document.addEventListener('pointerout', (e) => {
  if (!linkFrom(e.target) || e.pointerType !== 'mouse') return;
  if (e.relatedTarget instanceof Node && card?.contains(e.relatedTarget)) return;
  window.clearTimeout(timer);
  timer = window.setTimeout(hide, 150);
});
document.addEventListener('focusin', (e) => {
  const link = linkFrom(e.target);
  if (link && link.matches(':focus-visible')) show(link);
});
document.addEventListener('focusout', (e) => {
  if (linkFrom(e.target)) hide();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') hide();
});
document.addEventListener('touchstart', hide, { passive: true });
