/** Offers text as a download (the browser's or Electron's own save flow); no file system access from here. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; revoke later rather than cut it off.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
