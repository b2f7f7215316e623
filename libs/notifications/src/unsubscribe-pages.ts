import { escapeHtml as escape, linkPage as page } from '@leerhuis/platform-html';
import { UnsubscribeScope } from '@leerhuis/platform-mail';

type Language = 'nl' | 'en';

const TEXT = {
  nl: {
    title: {
      [UnsubscribeScope.DIGEST]: 'Afmelden voor de overzichtsmail',
      [UnsubscribeScope.NOTIFICATIONS]: 'Afmelden voor meldingsmails',
      [UnsubscribeScope.MEETING_CHANGES]: 'Afmelden voor mails over bijeenkomsten',
      [UnsubscribeScope.COFFEE_DATE]: 'Afmelden voor koffiedate-mails',
      [UnsubscribeScope.INTERVISION_PHASES]: 'Afmelden voor mails over intervisiefasen',
    },
    what: {
      [UnsubscribeScope.DIGEST]:
        'Je krijgt dan geen overzichtsmail meer. Wat er nieuw is, zie je nog steeds in Leerhuis.',
      [UnsubscribeScope.NOTIFICATIONS]:
        'Vermeldingen en reacties op je discussies komen dan niet meer per e-mail, maar alleen bij Meldingen in Leerhuis. Community’s waarvan je alles direct kreeg, komen in je overzichtsmail.',
      [UnsubscribeScope.MEETING_CHANGES]:
        'Nieuwe, gewijzigde en afgelaste bijeenkomsten zie je dan alleen bij Meldingen in Leerhuis. Heb je je voor een bijeenkomst aangemeld, dan hoor je een wijziging van tijd of plaats nog wel per e-mail.',
      [UnsubscribeScope.COFFEE_DATE]:
        'Een nieuwe koffiedateronde zie je dan alleen bij Meldingen in Leerhuis.',
      [UnsubscribeScope.INTERVISION_PHASES]:
        'Dat een fase van een intervisiecasus opent, zie je dan alleen bij Meldingen in Leerhuis.',
    },
    button: 'Afmelden',
    done: 'Je bent afgemeld',
    doneText: 'Het is verwerkt. Je kunt dit altijd weer aanpassen.',
    settings: 'Kies wat je ontvangt',
    invalidTitle: 'Deze link werkt niet',
    invalid:
      'Deze afmeldlink is niet geldig. Kopieer de hele link uit de e-mail, of pas je instellingen aan in Leerhuis.',
  },
  en: {
    title: {
      [UnsubscribeScope.DIGEST]: 'Unsubscribe from the digest',
      [UnsubscribeScope.NOTIFICATIONS]: 'Unsubscribe from notification emails',
      [UnsubscribeScope.MEETING_CHANGES]: 'Unsubscribe from meeting emails',
      [UnsubscribeScope.COFFEE_DATE]: 'Unsubscribe from koffiedate emails',
      [UnsubscribeScope.INTERVISION_PHASES]: 'Unsubscribe from intervision phase emails',
    },
    what: {
      [UnsubscribeScope.DIGEST]:
        'You will no longer get the digest. What is new is still shown on Leerhuis.',
      [UnsubscribeScope.NOTIFICATIONS]:
        'Mentions and replies to your threads will no longer come by email, only under Notifications on Leerhuis. Communities you got everything from immediately move to your digest.',
      [UnsubscribeScope.MEETING_CHANGES]:
        'New, changed and cancelled meetings will only show under Notifications on Leerhuis. If you signed up for a meeting, a change of time or place still comes by email.',
      [UnsubscribeScope.COFFEE_DATE]:
        'A new koffiedate round will only show under Notifications on Leerhuis.',
      [UnsubscribeScope.INTERVISION_PHASES]:
        'That a phase of an intervision case opens will only show under Notifications on Leerhuis.',
    },
    button: 'Unsubscribe',
    done: 'You are unsubscribed',
    doneText: 'Done. You can change this again at any time.',
    settings: 'Choose what you receive',
    invalidTitle: 'This link does not work',
    invalid:
      'This unsubscribe link is not valid. Copy the whole link from the email, or change your settings on Leerhuis.',
  },
};

const SETTINGS_PATH = '/instellingen/meldingen';

/** GET: says what will be switched off; only the button (a POST) does it. */
export function confirmUnsubscribePage(
  token: string,
  scope: UnsubscribeScope,
  language: Language,
): string {
  const t = TEXT[language];
  return page(
    language,
    t.title[scope],
    `<p>${escape(t.what[scope])}</p>
<form method="post" action="/unsubscribe/${encodeURIComponent(token)}">
<button type="submit">${escape(t.button)}</button></form>
<p><a href="${SETTINGS_PATH}">${escape(t.settings)}</a></p>`,
  );
}

export function unsubscribedPage(scope: UnsubscribeScope, language: Language): string {
  const t = TEXT[language];
  return page(
    language,
    t.done,
    `<p role="status">${escape(t.title[scope])}: ${escape(t.doneText)}</p>
<p><a href="${SETTINGS_PATH}">${escape(t.settings)}</a></p>`,
  );
}

/** The member (and so the language) of a broken token is unknown: Dutch, then English. */
export function invalidUnsubscribePage(): string {
  return page(
    'nl',
    TEXT.nl.invalidTitle,
    `<p>${escape(TEXT.nl.invalid)}</p>
<p lang="en">${escape(TEXT.en.invalid)}</p>
<p><a href="${SETTINGS_PATH}">${escape(TEXT.nl.settings)}</a></p>`,
  );
}
