// A call's deadline as people need to read it: the date and time the call states, in its own
// zone and named ("17:00 centraleuropeisk tid"), how many days are left, and the reader's own
// clock when it shows another hour.
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../i18n/index.ts';
import { browserTimeZone, zoneDiffers } from '../../lib/format.ts';
import { daysUntil } from './callForm.ts';
import type { Deadline } from './types.ts';

/** "10 mars 2027 kl. 17:00 centraleuropeisk tid": the instant in the call's zone, the zone named. */
export function formatInZone(at: string, timeZone: string, lng: string): string {
  return new Intl.DateTimeFormat(intlLocale(lng), { timeZone, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'longGeneric' }).format(new Date(at));
}

export function DeadlineText({ deadline, timeZone, now = new Date(), showLeft = true }: { deadline: Deadline; timeZone: string; now?: Date; showLeft?: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const left = daysUntil(deadline.at, now);
  const passed = Date.parse(deadline.at) <= now.getTime();
  const reader = browserTimeZone();
  return (
    <>
      <time dateTime={deadline.at}>{formatInZone(deadline.at, timeZone, lng)}</time>
      {showLeft ? (
        <span className={`cell-sub call-left${!passed && left < 14 ? ' call-left--soon' : ''}`}>
          {passed ? t('calls.deadline.passed') : left === 0 ? t('calls.deadline.today') : t('calls.deadline.daysLeft', { count: left })}
        </span>
      ) : null}
      {zoneDiffers(new Date(deadline.at), timeZone, reader) ? <span className="cell-sub">{t('calls.deadline.yours', { time: formatInZone(deadline.at, reader, lng) })}</span> : null}
    </>
  );
}

export function CallStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`status call-status call-status--${status}`}>{t(`calls.status.${status}`, { defaultValue: status })}</span>;
}
