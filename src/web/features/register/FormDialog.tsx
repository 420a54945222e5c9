// A modal form (React Aria: focus kept inside, Escape cancels, focus returns to the opener).
import type { FormEvent, ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface Props {
  isOpen: boolean;
  title: string;
  submitLabel: string;
  busy?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function FormDialog({ isOpen, title, submitLabel, busy, onSubmit, onCancel, children }: Props) {
  const { t } = useTranslation();
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onCancel()} isDismissable={!busy}>
      <Modal className="modal">
        <Dialog className="dialog">
          <form
            noValidate
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              onSubmit();
            }}
          >
            <Heading slot="title" className="dialog-title">
              {title}
            </Heading>
            <div className="dialog-body">{children}</div>
            <div className="dialog-actions">
              <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="button button--primary" disabled={busy}>
                {busy ? t('common.saving') : submitLabel}
              </button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
