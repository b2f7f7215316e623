import { escapeHtml as escape, linkPage } from '@leerhuis/platform-html';
import type { ErasureBlocker } from '@leerhuis/platform-personal-data';

import { DataRightsErrorCode } from './data-rights.exception';

type Language = 'nl' | 'en';

const TEXT = {
  nl: {
    exportTitle: 'Je gegevens uit Leerhuis',
    exportIntro:
      'Klik op de knop om je gegevens te openen. De link werkt één keer: bewaar wat je nodig hebt.',
    exportButton: 'Open mijn gegevens',
    exportReady:
      'Hieronder staat alles wat Leerhuis over jou bewaart. Deze pagina kun je opslaan of afdrukken; de link werkt niet nog eens.',
    download: 'Download als JSON-bestand',
    eraseTitle: 'Account verwijderen',
    eraseIntro:
      'Als je op de knop klikt, verwijdert Leerhuis je account. Dit kan niet ongedaan worden gemaakt.',
    erasePosts: 'Je eigen berichten worden ook verwijderd.',
    eraseKeepPosts: 'Je berichten en lessen blijven staan, met als auteur “voormalig lid”.',
    eraseButton: 'Verwijder mijn account definitief',
    erasedTitle: 'Je account is verwijderd',
    erased:
      'Je profiel, je sessies en je gegevens zijn verwijderd. Je bent uitgelogd. Bedankt dat je lid was van Leerhuis.',
    blockedTitle: 'Draag eerst je rol over',
    blocked:
      'Je account is niet verwijderd. Je bent de laatste coördinator, moderator of begeleider van:',
    blockedAfter:
      'Maak eerst iemand anders coördinator, moderator of begeleider en gebruik dan deze link opnieuw.',
    failedTitle: 'Deze link werkt niet',
    [DataRightsErrorCode.LINK_INVALID]:
      'Deze link is niet geldig. Kopieer de hele link uit de e-mail, of vraag een nieuwe aan bij Mijn gegevens.',
    [DataRightsErrorCode.LINK_USED]:
      'Deze link is al gebruikt en werkt maar één keer. Vraag zo nodig een nieuwe aan bij Mijn gegevens.',
    [DataRightsErrorCode.LINK_EXPIRED]:
      'Deze link is verlopen. Vraag een nieuwe aan bij Mijn gegevens.',
    nothingHappened: 'Er is niets gewijzigd.',
    toPage: 'Naar Mijn gegevens',
    privacy: 'Privacyverklaring',
  },
  en: {
    exportTitle: 'Your data from Leerhuis',
    exportIntro: 'Press the button to open your data. The link works once: keep what you need.',
    exportButton: 'Open my data',
    exportReady:
      'Below is everything Leerhuis keeps about you. You can save or print this page; the link will not work again.',
    download: 'Download as a JSON file',
    eraseTitle: 'Delete account',
    eraseIntro: 'When you press the button, Leerhuis deletes your account. This cannot be undone.',
    erasePosts: 'Your own posts are deleted too.',
    eraseKeepPosts: 'Your posts and lessons stay, with “former member” as their author.',
    eraseButton: 'Delete my account for good',
    erasedTitle: 'Your account has been deleted',
    erased:
      'Your profile, your sessions and your data have been deleted. You are signed out. Thank you for having been part of Leerhuis.',
    blockedTitle: 'Hand over your role first',
    blocked:
      'Your account was not deleted. You are the last coordinator, moderator or facilitator of:',
    blockedAfter:
      'Make someone else coordinator, moderator or facilitator first, then use this link again.',
    failedTitle: 'This link does not work',
    [DataRightsErrorCode.LINK_INVALID]:
      'This link is not valid. Copy the whole link from the email, or ask for a new one under My data.',
    [DataRightsErrorCode.LINK_USED]:
      'This link has been used already and works only once. Ask for a new one under My data if needed.',
    [DataRightsErrorCode.LINK_EXPIRED]: 'This link has expired. Ask for a new one under My data.',
    nothingHappened: 'Nothing has been changed.',
    toPage: 'To My data',
    privacy: 'Privacy statement',
  },
};

const links = (t: (typeof TEXT)['nl']) =>
  `<p><a href="/profiel/gegevens">${t.toPage}</a> · <a href="/privacy">${t.privacy}</a></p>`;

/** The GET of an export link: a button, since mail scanners open every link. */
export function confirmExportPage(token: string, language: Language): string {
  const t = TEXT[language];
  return linkPage(
    language,
    t.exportTitle,
    `<form method="post" action="/data-rights/export"><input type="hidden" name="token" value="${escape(token)}">
<p>${t.exportIntro}</p><button type="submit">${t.exportButton}</button></form>`,
  );
}

export function exportPage(content: unknown, html: string, language: Language): string {
  const t = TEXT[language];
  const json = Buffer.from(JSON.stringify(content, null, 2)).toString('base64');
  return linkPage(
    language,
    t.exportTitle,
    `<p>${t.exportReady}</p>
<p><a download="leerhuis-gegevens.json" href="data:application/json;charset=utf-8;base64,${json}">${t.download}</a></p>
<div class="export">${html}</div>${links(t)}`,
  );
}

export function confirmErasurePage(token: string, language: Language): string {
  const t = TEXT[language];
  return linkPage(
    language,
    t.eraseTitle,
    `<form method="post" action="/data-rights/erase"><input type="hidden" name="token" value="${escape(token)}">
<p>${t.eraseIntro}</p><button type="submit">${t.eraseButton}</button></form>${links(t)}`,
  );
}

export function erasedPage(language: Language): string {
  const t = TEXT[language];
  return linkPage(
    language,
    t.erasedTitle,
    `<p role="status">${t.erased}</p><p><a href="/privacy">${t.privacy}</a></p>`,
  );
}

export function handOverFirstPage(blockers: ErasureBlocker[], language: Language): string {
  const t = TEXT[language];
  const items = blockers.map((b) => `<li>${escape(b.name)}</li>`).join('');
  return linkPage(
    language,
    t.blockedTitle,
    `<p role="alert">${t.blocked}</p><ul>${items}</ul><p>${t.blockedAfter}</p>${links(t)}`,
  );
}

export function linkFailedPage(
  code:
    | DataRightsErrorCode.LINK_INVALID
    | DataRightsErrorCode.LINK_USED
    | DataRightsErrorCode.LINK_EXPIRED,
  language: Language,
): string {
  const t = TEXT[language];
  return linkPage(
    language,
    t.failedTitle,
    `<p role="alert">${t[code]}</p><p>${t.nothingHappened}</p>${links(t)}`,
  );
}
