import { useRef, type ChangeEvent, type ReactNode } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';

export interface FilePickerButtonProps extends Pick<ButtonProps, 'variant' | 'size' | 'startIcon' | 'sx' | 'disabled'> {
  children: ReactNode;
  accept: string;
  /** The hidden input's test id, so tests can hand it files directly. */
  inputTestId: string;
  onFile: (event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * A real button that opens the file chooser. MUI's `<Button component="label">` wrapping the input looks the
 * same but is a label with role="button", which Enter and Space do not open and which axe reports as an invalid role.
 */
export function FilePickerButton(props: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const { children, accept, inputTestId, onFile, ...button } = props;
  return (
    <>
      <Button {...button} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input ref={input} hidden type="file" tabIndex={-1} accept={accept} data-testid={inputTestId} onChange={onFile} />
    </>
  );
}
