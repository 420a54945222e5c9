// One move of a case, with what that move needs: the partner for a referral (and whether to
// e-mail it the question), the answer to e-mail the requester, a comment for the history. A move
// the server refuses (someone else moved the case meanwhile) is explained in the dialog, in the
// server's words, and the case is read again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { AsyncPicker, TextAreaField, type PickerItem } from '../register/fields.tsx';
import { FormDialog } from '../register/FormDialog.tsx';
import { countryName, kindLabel } from '../register/labels.ts';
import { searchOrganisations } from '../register/queries.ts';
import { useMoveCase, type CaseDetail, type CaseStatus, type TransitionInput } from './api.ts';
import { ErrorSummary, fieldError } from './ErrorSummary.tsx';
import { moveKey, statusLabel } from './labels.tsx';

const TARGETS = { referredToId: 'move-partner', partnerEmail: 'move-partner-email', answer: 'move-answer', comment: 'move-comment' };

export function TransitionDialog({ c, to, onClose, onDone }: { c: CaseDetail; to: CaseStatus; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const move = useMoveCase(ws.id, c.id);
  const [comment, setComment] = useState('');
  const [partner, setPartner] = useState<PickerItem | null>(null);
  const [partnerEmail, setPartnerEmail] = useState('');
  const [answer, setAnswer] = useState('');
  // The words of the move as it was offered, even when the case is read again meanwhile.
  const [key] = useState(() => moveKey(c.status, to));
  const err = (f: string) => fieldError(move.error, f);

  function submit() {
    const body: TransitionInput = { status: to, comment: comment.trim() || null };
    if (to === 'referred') {
      if (partner) body.referredToId = partner.id;
      if (partnerEmail.trim()) body.partnerEmail = partnerEmail.trim();
    }
    if (to === 'answered' && answer.trim()) body.answer = answer;
    move.mutate(body, {
      onSuccess: () => {
        onClose();
        onDone(t('cases.move.done', { reference: c.reference, status: statusLabel(t, to) }));
      },
    });
  }

  return (
    <FormDialog isOpen title={t(`cases.moveTitle.${key}`, { reference: c.reference })} submitLabel={t(`cases.move.${key}`)} busy={move.isPending} onSubmit={submit} onCancel={onClose}>
      <ErrorSummary error={move.error} targets={TARGETS} />
      <p className="field-hint">{t(`cases.moveHelp.${key}`)}</p>
      {to === 'referred' ? (
        <>
          <AsyncPicker
            id="move-partner"
            label={t('cases.move.partner')}
            hint={t('cases.move.partnerHint')}
            queryKey={['orgs', ws.id]}
            search={(q) => searchOrganisations(ws.id, q).then((items) => items.map((o) => ({ id: o.id, label: o.name, detail: [kindLabel(t, o.kind), o.city, countryName(o.country, lng)].filter(Boolean).join(' · ') })))}
            value={partner}
            onChange={setPartner}
            error={err('referredToId')}
            isRequired
          />
          <TextField id="move-partner-email" type="email" label={t('cases.move.partnerEmail')} hint={t('cases.move.partnerEmailHint')} value={partnerEmail} onChange={(e) => setPartnerEmail(e.target.value)} error={err('partnerEmail')} />
        </>
      ) : null}
      {to === 'answered' ? (
        <TextAreaField
          id="move-answer"
          label={t('cases.move.answer')}
          hint={c.requester.hasEmail ? t('cases.move.answerHint') : t('cases.move.answerNoEmail')}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
          error={err('answer')}
          rows={6}
          disabled={!c.requester.hasEmail}
        />
      ) : null}
      <TextAreaField id="move-comment" label={t('cases.move.comment')} hint={t('cases.move.commentHint')} value={comment} onChange={(e) => setComment(e.target.value)} error={err('comment')} rows={3} />
    </FormDialog>
  );
}
