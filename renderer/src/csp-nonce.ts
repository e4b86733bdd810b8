/**
 * Gives every <style> element our own code inserts this page load's CSP nonce.
 *
 * Ant Design passes the nonce to its CSS-in-JS (ConfigProvider `csp`), but one helper in its
 * table code (@rc-component/util getScrollBarSize) inserts a measuring <style> without it, and
 * the strict policy (style-src 'self' 'nonce-…', no 'unsafe-inline': Electron security checklist
 * item 7, "Define a Content Security Policy") blocks it with a console error. Only scripts from
 * 'self' run here, so tagging the styles they insert widens nothing.
 */
export function tagInsertedStyles(nonce: string | undefined): void {
  if (!nonce) return;
  const tag = (node: Node) => {
    if (node instanceof HTMLStyleElement && !node.nonce) node.nonce = nonce;
  };
  const append = Node.prototype.appendChild;
  const insertBefore = Node.prototype.insertBefore;
  Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
    tag(node);
    return append.call(this, node) as T;
  };
  Node.prototype.insertBefore = function <T extends Node>(
    this: Node,
    node: T,
    child: Node | null,
  ): T {
    tag(node);
    return insertBefore.call(this, node, child) as T;
  };
}

/** This load's nonce, put into index.html by the host that served it. */
export const cspNonce = (): string | undefined =>
  document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content || undefined;
