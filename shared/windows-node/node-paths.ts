/**
 * Paths on the Windows node. The app builds them as text (it may not run on Windows itself); test nodes are Linux
 * folders, so a POSIX absolute path keeps POSIX separators.
 */
export function isPosixPath(path: string): boolean {
  return path.startsWith('/');
}

/** `C:\k` + `Kubeclustervxlan.json` → `C:\k\Kubeclustervxlan.json`. */
export function joinNodePath(dir: string, name: string): string {
  const separator = isPosixPath(dir) ? '/' : '\\';
  return dir.endsWith('/') || dir.endsWith('\\') ? `${dir}${name}` : `${dir}${separator}${name}`;
}

/** What Windows OpenSSH's SFTP server expects for a drive path: `C:\k\a.json` → `/C:/k/a.json`. */
export function sftpPath(path: string): string {
  if (isPosixPath(path)) return path;
  return `/${path.replace(/\\/g, '/')}`;
}
