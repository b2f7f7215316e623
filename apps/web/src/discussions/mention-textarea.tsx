import { useCombobox } from 'downshift';
import {
  type KeyboardEvent,
  type RefObject,
  type SyntheticEvent,
  type TextareaHTMLAttributes,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

import { useApiQuery } from '../api-query';
import { type JobRole, MentionCandidatesDocument } from '../gql/graphql';
import { JOB_ROLES } from '../i18n';
import { mentionQueryAt, type MentionScope, mentionToken, nameMatches } from './mention-query';
import { useDiscussionText } from './messages';

const LIMIT = 8;

interface Candidate {
  id: string;
  name: string;
  jobRole?: JobRole | null;
}

// Keys that always move the caret, even with the list open (Downshift would move the
// highlight); while the list is closed every key belongs to the textarea.
const TEXTAREA_KEYS = new Set(['Home', 'End', 'PageUp', 'PageDown']);

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  id: string;
  value: string;
  onChange(value: string): void;
  scope: MentionScope;
  inputRef?: RefObject<HTMLTextAreaElement | null>;
};

/**
 * A textarea where typing `@` offers the people who can read the thread in a WAI-ARIA
 * combobox (Downshift): arrows move, Enter or a click picks, Escape closes. A pick inserts
 * `@[Name](id)`; the post then shows the member's current name as a link.
 */
export function MentionTextarea({ id, value, onChange, scope, inputRef, ...textarea }: Props) {
  const { d, lang } = useDiscussionText();
  const own = useRef<HTMLTextAreaElement | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const [loaded, setLoaded] = useState<Candidate[]>([]);
  const placeCaret = useRef<number | null>(null);

  const mention = caret === null ? null : mentionQueryAt(value, caret);
  const active = focused && !textarea.disabled && mention !== null && mention.start !== dismissedAt;
  const { data } = useApiQuery(
    MentionCandidatesDocument,
    {
      threadId: 'threadId' in scope ? scope.threadId : null,
      communityId: 'communityId' in scope ? scope.communityId : null,
      search: mention?.query.trim() ?? '',
      first: LIMIT,
    },
    { enabled: active },
  );
  useEffect(() => {
    if (data) setLoaded(data.mentionCandidates);
  }, [data]);
  // While the next answer loads, the last one narrowed to what is typed now.
  const items = active
    ? (data?.mentionCandidates ?? loaded).filter((m) => nameMatches(m.name, mention.query))
    : [];
  const isOpen = items.length > 0;

  useLayoutEffect(() => {
    const at = placeCaret.current;
    if (at === null || !own.current) return;
    placeCaret.current = null;
    own.current.setSelectionRange(at, at);
  }, [value]);

  function pick(member: Candidate) {
    if (!mention || caret === null) return;
    const token = `${mentionToken(member)} `;
    const at = mention.start + token.length;
    placeCaret.current = at;
    setCaret(at);
    onChange(value.slice(0, mention.start) + token + value.slice(caret));
  }

  const { getInputProps, getMenuProps, getItemProps } = useCombobox<Candidate>({
    items,
    itemToString: (item) => item?.name ?? '',
    itemToKey: (item) => item?.id,
    inputId: id,
    isOpen,
    inputValue: value,
    selectedItem: null,
    highlightedIndex: isOpen ? Math.min(Math.max(highlighted, 0), items.length - 1) : -1,
    onHighlightedIndexChange: ({ highlightedIndex }) => {
      if (highlightedIndex !== undefined && highlightedIndex >= 0) setHighlighted(highlightedIndex);
    },
    onStateChange: ({ type, selectedItem }) => {
      const types = useCombobox.stateChangeTypes;
      if (selectedItem && (type === types.InputKeyDownEnter || type === types.ItemClick))
        pick(selectedItem);
      if (type === types.InputKeyDownEscape && mention) setDismissedAt(mention.start);
    },
  });

  const track = (event: SyntheticEvent) => {
    const { selectionStart, selectionEnd } = event.currentTarget as HTMLTextAreaElement;
    setCaret(selectionStart === selectionEnd ? selectionStart : null);
  };
  // Downshift's own handling is skipped where the textarea needs the key or the click.
  const skipDownshift = (event: SyntheticEvent) => {
    (event.nativeEvent as { preventDownshiftDefault?: boolean }).preventDownshiftDefault = true;
  };

  const inputProps = getInputProps({
    disabled: textarea.disabled,
    ref: (node: HTMLElement | null) => {
      own.current = node as HTMLTextAreaElement | null;
      if (inputRef) inputRef.current = own.current;
    },
    // The form field's <label for> names it; Downshift's own label id is not rendered.
    'aria-labelledby': undefined,
    onChange: (event: SyntheticEvent) => {
      onChange((event.currentTarget as HTMLTextAreaElement).value);
      setHighlighted(0);
      track(event);
    },
    onSelect: track,
    onFocus: (event: SyntheticEvent) => {
      setFocused(true);
      track(event);
    },
    onBlur: () => setFocused(false),
    onKeyDown: (event: KeyboardEvent) => {
      if (!isOpen || TEXTAREA_KEYS.has(event.key)) skipDownshift(event);
    },
    onClick: skipDownshift,
  });

  return (
    <div className="mention-input">
      <textarea {...textarea} {...(inputProps as TextareaHTMLAttributes<HTMLTextAreaElement>)} />
      <ul
        {...getMenuProps({ 'aria-label': d.mentionListLabel })}
        className="mention-input__menu"
        hidden={!isOpen}
      >
        {items.map((member, index) => (
          <li
            key={member.id}
            className="mention-input__option"
            {...getItemProps({ item: member, index })}
          >
            <span className="mention-input__name">{member.name}</span>
            {member.jobRole && (
              <span className="mention-input__meta">
                <span className="visually-hidden">, </span>
                {JOB_ROLES[lang][member.jobRole]}
              </span>
            )}
          </li>
        ))}
      </ul>
      <div role="status" className="visually-hidden">
        {isOpen ? d.mentionCount(items.length) : ''}
      </div>
    </div>
  );
}
