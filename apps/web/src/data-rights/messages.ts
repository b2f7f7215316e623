import { type Language, useLanguage } from '../i18n';

const nl = {
  title: 'Mijn gegevens',
  intro:
    'Hier vraag je een kopie van alles wat Leerhuis over je bewaart, of verwijder je je account.',
  privacyLink: 'Lees in de privacyverklaring wat we bewaren, waarom en hoe lang',
  exportTitle: 'Download mijn gegevens',
  exportText:
    'Je krijgt een e-mail met een link naar je gegevens: een leesbare pagina en een JSON-bestand. De link werkt één keer en is 7 dagen geldig.',
  exportButton: 'Download mijn gegevens',
  exportSent: (until: string) =>
    `We stellen je gegevens samen en sturen je binnen enkele minuten een e-mail. De link is geldig tot ${until}.`,
  eraseTitle: 'Account verwijderen',
  eraseText:
    'Je profiel, sessies, grenswerkersantwoorden, koffiedatevoorkeuren, meldingsinstellingen en intervisiebijdragen worden verwijderd. Je verdwijnt uit zoeken, het ledenoverzicht, overzichtsmails en de koffiedate.',
  eraseKeeps:
    'Je discussies, reacties en lessen blijven staan, met als auteur “voormalig lid”, tenzij je hieronder kiest om je eigen berichten ook te verwijderen.',
  eraseOwnPosts: 'Verwijder ook mijn eigen discussies en reacties',
  eraseButton: 'Account verwijderen',
  eraseSent: (until: string) =>
    `We hebben je een e-mail gestuurd. Bevestig het verwijderen met de link daarin, uiterlijk ${until}. Zonder bevestiging gebeurt er niets.`,
  handOverTitle: 'Draag eerst je rol over',
  handOver:
    'Je kunt je account pas verwijderen als iemand anders je rol heeft overgenomen. Je bent de laatste coördinator, moderator of begeleider van:',
  kinds: {
    COMMUNITY: 'community',
    INTERVISION_GROUP: 'intervisiegroep',
    LEARNING_GROUP: 'leergroep',
  } as Record<string, string>,
};

type Messages = typeof nl;

const en: Messages = {
  title: 'My data',
  intro: 'Ask for a copy of everything Leerhuis keeps about you, or delete your account.',
  privacyLink: 'Read in the privacy statement what we keep, why and for how long',
  exportTitle: 'Download my data',
  exportText:
    'You get an email with a link to your data: a readable page and a JSON file. The link works once and is valid for 7 days.',
  exportButton: 'Download my data',
  exportSent: (until: string) =>
    `We are putting your data together and will email you within a few minutes. The link is valid until ${until}.`,
  eraseTitle: 'Delete account',
  eraseText:
    'Your profile, sessions, boundary-spanner answers, koffiedate preferences, notification settings and intervision contributions are deleted. You disappear from search, the member directory, digests and the koffiedate.',
  eraseKeeps:
    'Your threads, replies and lessons stay, with “former member” as the author, unless you choose below to delete your own posts too.',
  eraseOwnPosts: 'Also delete my own threads and replies',
  eraseButton: 'Delete account',
  eraseSent: (until: string) =>
    `We sent you an email. Confirm the deletion with the link in it, by ${until}. Without confirmation nothing happens.`,
  handOverTitle: 'Hand over your role first',
  handOver:
    'You can delete your account once someone else has taken over your role. You are the last coordinator, moderator or facilitator of:',
  kinds: {
    COMMUNITY: 'community',
    INTERVISION_GROUP: 'intervision group',
    LEARNING_GROUP: 'learning group',
  },
};

const dictionaries: Record<Language, Messages> = { nl, en };

export function useDataRightsText() {
  const { lang, t } = useLanguage();
  return { d: dictionaries[lang], t, lang };
}
