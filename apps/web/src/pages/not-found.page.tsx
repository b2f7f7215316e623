import { useLanguage } from '../i18n';
import { Link } from '../router';
import { PageTitle, Paragraph } from '../ui';

export function NotFoundPage() {
  const { t } = useLanguage();
  return (
    <>
      <PageTitle>{t.notFoundTitle}</PageTitle>
      <Paragraph>{t.notFoundText}</Paragraph>
      <Paragraph>
        <Link href="/">{t.toHome}</Link>
      </Paragraph>
    </>
  );
}
