import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useState } from 'preact/hooks';
import { errorLines } from '../shared/errors';

interface UndoOffer {
  message: string;
  undo(): Promise<unknown>;
}

const UndoContext = createContext<(offer: UndoOffer) => void>(() => {});

/** Offers "Undo" after a delete. It stays until the user acts or dismisses it: no time limit. */
export function useUndo(): (offer: UndoOffer) => void {
  return useContext(UndoContext);
}

export function UndoProvider({ children }: { children: ComponentChildren }) {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [message, setMessage] = useState('');
  const show = useCallback((next: UndoOffer) => {
    setOffer(next);
    setMessage(next.message);
  }, []);
  const undo = async () => {
    if (!offer) return;
    setOffer(null);
    try {
      await offer.undo();
      setMessage('Undone.');
    } catch (error) {
      setMessage(`Could not undo: ${errorLines(error).join('; ')}`);
    }
  };
  return (
    <UndoContext.Provider value={show}>
      {children}
      <div class="undo-bar" role="status" data-testid="undo-bar" hidden={!message}>
        <span>{message}</span>
        {offer ? (
          <button type="button" onClick={() => void undo()}>
            Undo
          </button>
        ) : null}
        <button type="button" class="link" onClick={() => (setOffer(null), setMessage(''))}>
          Dismiss
        </button>
      </div>
    </UndoContext.Provider>
  );
}
