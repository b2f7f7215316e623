import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An account at an OpenID Connect provider, linked to the address its owner signs in with. */
@Entity('oidc_account')
export class OidcAccountEntity {
  @PrimaryColumn({ type: 'text' })
  provider: string;

  /** The provider's `sub` claim: stable for the account, unlike its email address. */
  @PrimaryColumn({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', default: () => 'now()' })
  lastSignInAt: Date;
}
