import './members.css';

import { Fragment } from 'react';

import { Link } from '../router';

/** "Anouk de Vries" → "AV": first and last word, skipping lower-case particles (de, van der). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const named = words.filter((word) => word[0] !== word[0].toLowerCase());
  const picked = named.length > 0 ? named : words;
  if (picked.length === 0) return '?';
  const first = picked[0][0];
  const last = picked.length > 1 ? picked[picked.length - 1][0] : '';
  return (first + last).toUpperCase();
}

// Dark tints of the Rijkshuisstijl palette: white initials on each pass WCAG AA.
const TINTS = ['#01689b', '#42145f', '#275937', '#a90061', '#154273', '#673327'];

function tintOf(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return TINTS[hash % TINTS.length];
}

/** A member's initials in a circle; decorative, since the name always stands beside it. */
export function Avatar({
  id,
  name,
  size = 'small',
}: {
  id: string;
  name: string;
  size?: 'small' | 'large';
}) {
  return (
    <span
      className={`avatar avatar--${size}`}
      style={{ backgroundColor: tintOf(id) }}
      aria-hidden="true"
    >
      {initials(name)}
    </span>
  );
}

/** A member's name as a link to their member page (/leden/<id>), with their initials. */
export function MemberLink({
  id,
  name,
  avatar = true,
}: {
  id: string;
  name: string;
  /** Off in running text where a circle would break the line. */
  avatar?: boolean;
}) {
  return (
    <Link href={`/leden/${id}`} className="nl-link member-link">
      {avatar && <Avatar id={id} name={name} />}
      <span className="member-link__name">{name}</span>
    </Link>
  );
}

/** Several members' names as links, separated like running text ("A, B" or "A + B"). */
export function MemberLinks({
  members,
  separator = ', ',
}: {
  members: readonly { id: string; name: string }[];
  separator?: string;
}) {
  return (
    <>
      {members.map((member, index) => (
        <Fragment key={member.id}>
          {index > 0 && separator}
          <MemberLink id={member.id} name={member.name} />
        </Fragment>
      ))}
    </>
  );
}

const NAME_SLOT = '\u0000';

/**
 * A translated sentence with a member's name in it ("Anouk wil met je kennismaken"), the name
 * as a link; given several members, their names as a list. Without a member, `fallback`
 * stands in for the name.
 */
export function MemberSentence({
  sentence,
  member,
  fallback = '?',
}: {
  sentence: (name: string) => string;
  member: { id: string; name: string } | readonly { id: string; name: string }[] | null | undefined;
  fallback?: string;
}) {
  if (!member) return <>{sentence(fallback)}</>;
  const [before, ...after] = sentence(NAME_SLOT).split(NAME_SLOT);
  const names = Array.isArray(member) ? member : [member as { id: string; name: string }];
  return (
    <>
      {before}
      {names.map((one, index) => (
        <Fragment key={one.id}>
          {index > 0 && ', '}
          <MemberLink id={one.id} name={one.name} avatar={false} />
        </Fragment>
      ))}
      {after.join(names.map((one) => one.name).join(', '))}
    </>
  );
}
