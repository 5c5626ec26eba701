import Link from '@mui/material/Link';
import type { SxProps, Theme } from '@mui/material/styles';
import { isAllowedExternalUrl, type DocLink } from '../../../../shared/help/doc-links.js';

/**
 * "Why?" and where it leads, opened outside the app: in Electron the window-open handler hands it to the browser
 * after the same allow-list check this makes (a link that would be refused there is not shown at all).
 */
export function WhyLink(props: { link: DocLink; sx?: SxProps<Theme> }) {
  if (!isAllowedExternalUrl(props.link.url)) return null;
  return (
    <Link href={props.link.url} target="_blank" rel="noopener noreferrer" variant="body2" sx={props.sx} data-testid="why-link">
      Why? {props.link.label}
    </Link>
  );
}
