import { escapeHtml as escape, linkPage } from '@leerhuis/platform-html';

import { CoffeeDateLinkPurpose } from './entities/coffee-date-link.entity';

type Language = 'nl' | 'en';

function page(language: Language, title: string, body: string): string {
  return linkPage(language, title, body);
}

const TEXT = {
  nl: {
    [CoffeeDateLinkPurpose.JOIN]: [
      'Meedoen met de koffiedate',
      'Klik op de knop om je aan te melden voor de koffiedate van deze maand.',
      'Ja, ik doe mee',
      'Je doet mee. Na de aanmeldtermijn krijg je een e-mail met je koffiedate.',
    ],
    [CoffeeDateLinkPurpose.ACCEPT]: [
      'Koffiedate bevestigen',
      'Klik op de knop om te laten weten dat je meedoet.',
      'Ik doe mee',
      'Bedankt! Spreek een moment af met je koffiedate (de bijlage in de e-mail is een voorstel).',
    ],
    [CoffeeDateLinkPurpose.DECLINE]: [
      'Koffiedate afzeggen',
      'Lukt het deze maand niet? Klik op de knop om af te zeggen. We zoeken dan waar mogelijk een nieuwe koffiedate voor je partner.',
      'Afzeggen',
      'Je hebt afgezegd. Je partner hoort per e-mail hoe het verder gaat.',
    ],
    [CoffeeDateLinkPurpose.FEEDBACK]: [
      'Hoe was je koffiedate?',
      'Laat weten of jullie elkaar gesproken hebben. Alleen jij ziet je antwoord; de beheerders zien alleen totalen.',
      'Versturen',
      'Bedankt voor je terugkoppeling!',
    ],
    [CoffeeDateLinkPurpose.PAUSE]: [
      'Koffiedates pauzeren',
      'Hoe lang wil je pauzeren? Daarna doe je vanzelf weer mee als je "elke maand" had gekozen.',
      'Pauzeren',
      'Je koffiedates staan op pauze.',
    ],
    [CoffeeDateLinkPurpose.UNSUBSCRIBE]: [
      'Afmelden voor koffiedates',
      'Klik op de knop om geen koffiedate-e-mails meer te krijgen. Je kunt je later in Leerhuis weer aanmelden.',
      'Afmelden',
      'Je bent afgemeld voor koffiedates.',
    ],
    failed: 'Dat lukt niet',
    met: 'Hebben jullie elkaar gesproken?',
    yes: 'Ja',
    no: 'Nee',
    rating: 'Hoe waardevol was het gesprek? (1 = weinig, 5 = zeer)',
    nextStep: 'Wat is de volgende stap? (optioneel)',
    steps: {
      '': 'Geen',
      INTRODUCE_SOMEONE: 'Iemand aan elkaar voorstellen',
      START_SOMETHING: 'Samen iets beginnen',
      JOIN_COMMUNITY: 'Lid worden van een community',
    },
    months: 'Aantal maanden',
    month: (n: number) => (n === 1 ? '1 maand' : `${n} maanden`),
  },
  en: {
    [CoffeeDateLinkPurpose.JOIN]: [
      'Join the koffiedate',
      "Click the button to sign up for this month's koffiedate.",
      "Yes, I'm in",
      "You're in. After sign-up closes you get an email with your koffiedate.",
    ],
    [CoffeeDateLinkPurpose.ACCEPT]: [
      'Confirm your koffiedate',
      "Click the button to say you're in.",
      "I'm in",
      'Thank you! Agree on a time with your koffiedate (the attachment in the email is a suggestion).',
    ],
    [CoffeeDateLinkPurpose.DECLINE]: [
      'Decline your koffiedate',
      "Can't make it this month? Click the button to decline. Where possible we find your partner a new koffiedate.",
      'Decline',
      'You declined. Your partner hears by email what happens next.',
    ],
    [CoffeeDateLinkPurpose.FEEDBACK]: [
      'How was your koffiedate?',
      'Let us know whether you met. Only you see your answer; admins see totals only.',
      'Send',
      'Thank you for your feedback!',
    ],
    [CoffeeDateLinkPurpose.PAUSE]: [
      'Pause koffiedates',
      'How long would you like to pause? Afterwards you are back in if you chose "every month".',
      'Pause',
      'Your koffiedates are paused.',
    ],
    [CoffeeDateLinkPurpose.UNSUBSCRIBE]: [
      'Unsubscribe from koffiedates',
      'Click the button to stop koffiedate emails. You can sign up again in Leerhuis.',
      'Unsubscribe',
      'You are unsubscribed from koffiedates.',
    ],
    failed: 'That did not work',
    met: 'Did you meet?',
    yes: 'Yes',
    no: 'No',
    rating: 'How valuable was the conversation? (1 = a little, 5 = very)',
    nextStep: 'What is the next step? (optional)',
    steps: {
      '': 'None',
      INTRODUCE_SOMEONE: 'Introduce someone',
      START_SOMETHING: 'Start something together',
      JOIN_COMMUNITY: 'Join a community',
    },
    months: 'Number of months',
    month: (n: number) => (n === 1 ? '1 month' : `${n} months`),
  },
};

/** The confirmation page behind a link: one click does it (mail scanners only look). */
export function confirmLinkPage(
  token: string,
  purpose: CoffeeDateLinkPurpose,
  language: Language,
): string {
  const t = TEXT[language];
  const [title, intro, button] = t[purpose];
  let fields = '';
  if (purpose === CoffeeDateLinkPurpose.FEEDBACK) {
    const ratings = [1, 2, 3, 4, 5]
      .map(
        (n) =>
          `<label><input type="radio" name="rating" value="${n}"${n === 4 ? ' checked' : ''}> ${n}</label>`,
      )
      .join('');
    const steps = Object.entries(t.steps)
      .map(([value, label]) => `<option value="${value}">${escape(label)}</option>`)
      .join('');
    fields = `<fieldset><legend>${escape(t.met)}</legend>
<label><input type="radio" name="met" value="yes" checked> ${t.yes}</label><label><input type="radio" name="met" value="no"> ${t.no}</label></fieldset>
<fieldset><legend>${escape(t.rating)}</legend>${ratings}</fieldset>
<p><label for="next-step">${escape(t.nextStep)}</label><br><select id="next-step" name="nextStep">${steps}</select></p>`;
  } else if (purpose === CoffeeDateLinkPurpose.PAUSE) {
    const options = [1, 2, 3, 4, 5, 6]
      .map((n) => `<option value="${n}">${t.month(n)}</option>`)
      .join('');
    fields = `<p><label for="months">${t.months}</label><br><select id="months" name="months">${options}</select></p>`;
  }
  return page(
    language,
    title,
    `<form method="post" action="/coffee-dates/link"><input type="hidden" name="token" value="${escape(token)}">
<p>${escape(intro)}</p>${fields}<button type="submit">${escape(button)}</button></form>`,
  );
}

export function linkDonePage(purpose: CoffeeDateLinkPurpose, language: Language): string {
  const [title, , , done] = TEXT[language][purpose];
  return page(
    language,
    title,
    `<p role="status">${escape(done)}</p><p><a href="/koffiedate">Leerhuis</a></p>`,
  );
}

export function linkFailedPage(message: string, language: Language = 'nl'): string {
  return page(language, TEXT[language].failed, `<p role="alert">${escape(message)}</p>`);
}
