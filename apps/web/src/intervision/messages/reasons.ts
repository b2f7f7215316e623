// Why the API refused a request, in the UI's language.

export const nl = {
  reasons: {
    PHASE_CLOSED: 'Deze fase is gesloten.',
    WRONG_KIND_FOR_PHASE: 'Deze fase neemt deze soort bijdrage niet van jou aan.',
    CASE_OWNER_LISTENS_ONLY: 'In deze fase luistert de inbrenger alleen.',
    ROLE_MAY_NOT_WRITE: 'In deze fase schrijf je niet mee.',
    CONTRIBUTION_LOCKED: 'De fase is gesloten; je bijdrage kan niet meer worden gewijzigd.',
    MODERATOR_REQUIRED: 'Alleen de begeleider kan dit doen.',
    CONSENT_REQUIRED: 'De inbrenger heeft hier geen toestemming voor gegeven.',
    REFLECTION_REQUIRED: 'De inbrenger schrijft eerst een reflectie.',
    GROUP_TOO_SMALL: 'Er zijn minstens 3 deelnemers nodig die de afspraak accepteerden.',
    LAST_MODERATOR: 'De groep heeft een begeleider nodig: nodig eerst een andere uit.',
    CANNOT_REMOVE_SELF: 'Jezelf haal je niet uit de groep: verlaat de groep.',
    NOT_IN_GROUP: 'Deze persoon zit niet (meer) in de groep.',
    AGREEMENT_NOT_ACCEPTED: 'Accepteer de vertrouwelijkheidsafspraak om mee te doen.',
    AGREEMENT_VERSION_OUTDATED: 'De afspraak is gewijzigd; lees de nieuwe versie.',
    PHASE_STILL_OPEN: 'Sluit eerst de huidige fase.',
    COMMUNITY_MEMBER_REQUIRED: 'Alleen leden van de CoP kunnen in deze groep.',
    INVITEE_NOT_IN_LEARNING_GROUP:
      'Alleen deelnemers van de leergroep (en de begeleider) kunnen in deze groep.',
    LEARNING_GROUP_PARTICIPANT_REQUIRED: 'Alleen deelnemers van de leergroep kunnen dit doen.',
    LEARNING_GROUP_NOT_FOUND: 'Deze leergroep bestaat niet.',
    ALREADY_IN_GROUP: 'Deze collega zit al in de groep of is al uitgenodigd.',
    GROUP_FULL: 'De groep heeft al 10 deelnemers.',
  } as Record<string, string>,
  genericError: 'Er ging iets mis. Probeer het later opnieuw.',
};

export const en: typeof nl = {
  // Untranslated keys fall back to Dutch.
  ...nl,
  reasons: {
    PHASE_CLOSED: 'This phase is closed.',
    WRONG_KIND_FOR_PHASE: 'This phase does not take this kind of contribution from you.',
    CASE_OWNER_LISTENS_ONLY: 'In this phase the case owner only listens.',
    ROLE_MAY_NOT_WRITE: 'You do not write in this phase.',
    CONTRIBUTION_LOCKED: 'The phase has closed; your contribution can no longer be changed.',
    MODERATOR_REQUIRED: 'Only the moderator can do this.',
    CONSENT_REQUIRED: 'The case owner has not consented to this.',
    REFLECTION_REQUIRED: 'The case owner writes a reflection first.',
    GROUP_TOO_SMALL: 'At least 3 members who accepted the agreement are needed.',
    LAST_MODERATOR: 'The group needs a moderator: invite another one first.',
    CANNOT_REMOVE_SELF: 'You cannot remove yourself: leave the group instead.',
    NOT_IN_GROUP: 'This person is not (or no longer) in the group.',
    AGREEMENT_NOT_ACCEPTED: 'Accept the confidentiality agreement to join.',
    AGREEMENT_VERSION_OUTDATED: 'The agreement has changed; read the new version.',
    PHASE_STILL_OPEN: 'Close the current phase first.',
    COMMUNITY_MEMBER_REQUIRED: 'Only members of the CoP can be in this group.',
    INVITEE_NOT_IN_LEARNING_GROUP:
      'Only participants of the learning group (and its facilitator) can be in this group.',
    LEARNING_GROUP_PARTICIPANT_REQUIRED: 'Only participants of the learning group can do this.',
    LEARNING_GROUP_NOT_FOUND: 'This learning group does not exist.',
    ALREADY_IN_GROUP: 'This colleague is already in the group or invited.',
    GROUP_FULL: 'The group already has 10 participants.',
  },
  genericError: 'Something went wrong. Please try again later.',
};
