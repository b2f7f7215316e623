// Accepting an invitation to a CoP.

export const nl = {
  invitationTitle: 'Uitnodiging',
  invitationIntro: 'Je bent uitgenodigd voor een Community of Practice.',
  invitationSignIn:
    'Log eerst in met het adres waarop je de uitnodiging kreeg; daarna kom je hier terug.',
  invitationAccept: 'Uitnodiging aannemen',
  invitationMissing: 'Deze link is niet compleet. Open de link uit de e-mail opnieuw.',
};

export const en: typeof nl = {
  invitationTitle: 'Invitation',
  invitationIntro: 'You were invited to a Community of Practice.',
  invitationSignIn:
    'First sign in with the address the invitation was sent to; you will come back here afterwards.',
  invitationAccept: 'Accept invitation',
  invitationMissing: 'This link is incomplete. Open the link from the email again.',
};
