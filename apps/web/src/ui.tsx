// Thin React wrappers around the NL Design System CSS components (Rijkshuisstijl Community
// theme, Utrecht and candidate components): the markup and class names those components expect.
import {
  type ButtonHTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
  type RefObject,
  type SelectHTMLAttributes,
  useEffect,
  useRef,
} from 'react';

const cx = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

type Level = 1 | 2 | 3 | 4;

export function Heading({
  level,
  children,
  id,
  tabIndex,
  headingRef,
}: {
  level: Level;
  children: ReactNode;
  id?: string;
  tabIndex?: number;
  headingRef?: RefObject<HTMLHeadingElement | null>;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag
      ref={headingRef}
      id={id}
      tabIndex={tabIndex}
      className={`nl-heading nl-heading--level-${level}`}
    >
      {children}
    </Tag>
  );
}

/** The page's h1; focused on arrival so screen reader users hear where they are. */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const title = ref.current?.textContent;
    if (title) document.title = `${title} – Leerhuis`;
    ref.current?.focus({ preventScroll: true });
  }, [children]);
  return (
    <Heading level={1} tabIndex={-1} headingRef={ref}>
      {children}
    </Heading>
  );
}

export function Paragraph({
  children,
  lead,
  id,
}: {
  children: ReactNode;
  lead?: boolean;
  /** For aria-describedby from a control the paragraph explains. */
  id?: string;
}) {
  return (
    <p id={id} className={cx('nl-paragraph', lead && 'nl-paragraph--lead')}>
      {children}
    </p>
  );
}

export function Button({
  appearance = 'primary-action',
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  appearance?: 'primary-action' | 'secondary-action' | 'subtle';
}) {
  return (
    <button
      type={type}
      className={cx('utrecht-button', `utrecht-button--${appearance}`, className)}
      {...rest}
    />
  );
}

export function Alert({
  type,
  children,
  alertRef,
  labelledBy,
}: {
  type: 'info' | 'ok' | 'warning' | 'error';
  children: ReactNode;
  alertRef?: RefObject<HTMLDivElement | null>;
  labelledBy?: string;
}) {
  return (
    <div
      ref={alertRef}
      className={cx('utrecht-alert', `utrecht-alert--${type}`)}
      role={type === 'error' ? 'alert' : 'status'}
      aria-labelledby={labelledBy}
      tabIndex={-1}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export interface SummaryItem {
  /** id of the field (or fieldset) to jump to */
  target: string;
  message: string;
}

/** The message at the top of a form: what went wrong, with links to each field. */
export function ErrorSummary({
  title,
  message,
  items,
}: {
  title: string;
  message?: string;
  items: SummaryItem[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [title, message, items]);
  return (
    <Alert type="error" alertRef={ref} labelledBy="error-summary-title">
      <Heading level={2} id="error-summary-title">
        {title}
      </Heading>
      {message && <Paragraph>{message}</Paragraph>}
      {items.length > 0 && (
        <ul className="utrecht-unordered-list">
          {items.map((item) => (
            <li key={item.target} className="utrecht-unordered-list__item">
              <a className="nl-link" href={`#${item.target}`}>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

export interface FieldProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * Label, description, error message and input, linked with aria-describedby. The input is
 * rendered by `children` with the accessibility props.
 */
export function FormField({
  id,
  label,
  description,
  error,
  children,
}: {
  id: string;
  label: string;
  description?: string;
  error?: string;
  children: (props: FieldProps) => ReactNode;
}) {
  const describedBy = [description && `${id}-description`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={cx(
        'utrecht-form-field',
        'utrecht-form-field--text',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        {children({
          id,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          ...(error ? { 'aria-invalid': true as const } : {}),
        })}
      </div>
    </div>
  );
}

export function Fieldset({
  id,
  legend,
  description,
  error,
  children,
}: {
  id: string;
  legend: string;
  description?: string;
  error?: string;
  children: ReactNode;
}) {
  const describedBy = [description && `${id}-description`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={cx(
        'utrecht-form-fieldset',
        'utrecht-form-fieldset--html-fieldset',
        error && 'utrecht-form-fieldset--invalid',
      )}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {description && (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      {children}
    </fieldset>
  );
}

export const textboxClass = (invalid: boolean) =>
  cx('utrecht-textbox', 'utrecht-textbox--html-input', invalid && 'utrecht-textbox--invalid');

export const selectClass = (invalid: boolean) =>
  cx('utrecht-select', 'utrecht-select--html-select', invalid && 'utrecht-select--invalid');

/** A checkbox or radio button with its label, as one NL Design System form field. */
export function Choice({
  type,
  id,
  name,
  label,
  checked,
  onChange,
  value,
  lang,
}: {
  type: 'checkbox' | 'radio';
  id: string;
  name: string;
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  value: string;
  lang?: string;
}) {
  const input =
    type === 'checkbox'
      ? 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom'
      : 'utrecht-radio-button utrecht-radio-button--html-input';
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--${type === 'radio' ? 'radio' : 'checkbox'}`}
    >
      <div className="utrecht-form-field__input">
        <input
          type={type}
          id={id}
          name={name}
          value={value}
          className={input}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label
          className={`utrecht-form-label utrecht-form-label--${type === 'radio' ? 'radio' : 'checkbox'}`}
          htmlFor={id}
          lang={lang}
        >
          {label}
        </label>
      </div>
    </div>
  );
}

/** What FormField shows around an input: its label, description and error. */
interface FieldText {
  id: string;
  label: string;
  description?: string;
  error?: string;
  /** Styled as invalid; by default when there is an error. */
  invalid?: boolean;
}

/** A labelled one-line input: FormField with the NL Design System text box. */
export function TextField({
  id,
  label,
  description,
  error,
  invalid,
  ...input
}: FieldText & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {(props) => (
        <input {...props} {...input} className={textboxClass(invalid ?? Boolean(error))} />
      )}
    </FormField>
  );
}

/** A labelled drop-down: FormField with the NL Design System select; `children` are options. */
export function SelectField({
  id,
  label,
  description,
  error,
  invalid,
  ...select
}: FieldText & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'>) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {(props) => (
        <select {...props} {...select} className={selectClass(invalid ?? Boolean(error))} />
      )}
    </FormField>
  );
}

/** A labelled multi-line text field: FormField with the NL Design System text area. */
export function TextAreaField({
  value,
  onChange,
  rows = 4,
  required,
  ...field
}: {
  id: string;
  label: string;
  description?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  required?: boolean;
}) {
  return (
    <FormField {...field}>
      {(props) => (
        <textarea
          {...props}
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={rows}
          required={required}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
