// A modal question before something that cannot be undone (React Aria: focus trap,
// Escape to cancel, focus returns to the button that opened it).
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';

interface Props {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ isOpen, title, children, confirmLabel, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onCancel()} isDismissable={!busy}>
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          <div className="dialog-body">{children}</div>
          <div className="dialog-actions">
            <Button className="button button--secondary" onPress={onCancel} isDisabled={busy} autoFocus>
              {t('common.cancel')}
            </Button>
            <Button className="button button--danger" onPress={onConfirm} isDisabled={busy}>
              {busy ? t('common.working') : confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
