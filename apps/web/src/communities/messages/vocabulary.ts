import type { CommunityPhase, CommunityRole, JoinPolicy } from '../../gql/graphql';

// The domain's words (phases, join policies, roles) and why the API refused a request.

export const nl = {
  phases: {
    PREPARATION: 'Voorbereiding',
    CONNECTION_AND_TRUST: 'Verbinding en vertrouwen',
    DEEPENING: 'Verdieping',
    OWNERSHIP: 'Eigenaarschap en identiteit',
    HARVEST: 'Oogsten',
    ANCHORING: 'Verankeren',
    CLOSED: 'Afgerond of overgedragen',
  } as Record<CommunityPhase, string>,
  policies: {
    OPEN: 'Open',
    ON_REQUEST: 'Op aanvraag',
    INVITE_ONLY: 'Alleen op uitnodiging',
    HIDDEN: 'Verborgen',
  } as Record<JoinPolicy, string>,
  policyDescriptions: {
    OPEN: 'Iedereen kan meteen lid worden.',
    ON_REQUEST: 'Leden vragen aan; een trekker beslist.',
    INVITE_ONLY: 'Zichtbaar, maar alleen wie is uitgenodigd kan lid worden.',
    HIDDEN: 'Niet te vinden; alleen wie is uitgenodigd ziet de CoP.',
  } as Record<JoinPolicy, string>,
  roles: {
    COORDINATOR: 'Trekker',
    MODERATOR: 'Moderator',
    MEMBER: 'Lid',
  } as Record<CommunityRole, string>,
  reasons: {
    LAST_COORDINATOR:
      'Een CoP heeft altijd minstens één trekker. Maak eerst iemand anders trekker.',
    SLUG_TAKEN: 'Dit webadres is al in gebruik. Kies een ander.',
    END_BEFORE_START: 'De einddatum moet na de startdatum liggen.',
    ALREADY_MEMBER: 'Je bent al lid van deze CoP.',
    ALREADY_REQUESTED: 'Je hebt al een aanvraag gedaan.',
    INVITATION_INVALID: 'Deze uitnodiging is ongeldig.',
    INVITATION_USED: 'Deze uitnodiging is al gebruikt.',
    INVITATION_EXPIRED: 'Deze uitnodiging is verlopen. Vraag een trekker om een nieuwe.',
    INVITATION_FOR_ANOTHER_ADDRESS:
      'Deze uitnodiging is voor een ander e-mailadres. Log in met het adres waarop je de uitnodiging kreeg.',
    INVITEE_NOT_FOUND: 'Dat lid bestaat niet.',
    COMMUNITY_NOT_FOUND: 'Deze CoP bestaat niet of je hebt er geen toegang toe.',
  } as Record<string, string>,
};

export const en: typeof nl = {
  phases: {
    PREPARATION: 'Preparation',
    CONNECTION_AND_TRUST: 'Connection and trust',
    DEEPENING: 'Deepening',
    OWNERSHIP: 'Ownership and identity',
    HARVEST: 'Harvest',
    ANCHORING: 'Anchoring',
    CLOSED: 'Closed or handed over',
  } as Record<CommunityPhase, string>,
  policies: {
    OPEN: 'Open',
    ON_REQUEST: 'On request',
    INVITE_ONLY: 'Invitation only',
    HIDDEN: 'Hidden',
  } as Record<JoinPolicy, string>,
  policyDescriptions: {
    OPEN: 'Anyone can join at once.',
    ON_REQUEST: 'Members ask to join; a coordinator decides.',
    INVITE_ONLY: 'Visible, but only invited people can join.',
    HIDDEN: 'Not discoverable; only invited people see the CoP.',
  } as Record<JoinPolicy, string>,
  roles: {
    COORDINATOR: 'Coordinator',
    MODERATOR: 'Moderator',
    MEMBER: 'Member',
  } as Record<CommunityRole, string>,
  reasons: {
    LAST_COORDINATOR:
      'A CoP always keeps at least one coordinator. Make someone else coordinator first.',
    SLUG_TAKEN: 'This web address is taken. Choose another.',
    END_BEFORE_START: 'The end date must be after the start date.',
    ALREADY_MEMBER: 'You are already a member of this CoP.',
    ALREADY_REQUESTED: 'You already asked to join.',
    INVITATION_INVALID: 'This invitation is not valid.',
    INVITATION_USED: 'This invitation was already used.',
    INVITATION_EXPIRED: 'This invitation has expired. Ask a coordinator for a new one.',
    INVITATION_FOR_ANOTHER_ADDRESS:
      'This invitation is for another email address. Sign in with the address it was sent to.',
    INVITEE_NOT_FOUND: 'That member does not exist.',
    COMMUNITY_NOT_FOUND: 'This CoP does not exist or you have no access to it.',
  },
};
