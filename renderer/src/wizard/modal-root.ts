/** Where the wizard's dialogs render (kept apart so the first screen need not load the form code). */

/** Id of the element the wizard's dialogs render into (see modalContainer). */
export const MODAL_ROOT_ID = 'wizard-modals';

/**
 * Where the wizard's dialogs render. Not document.body: Ant Design's portal then locks the
 * page's scrolling by injecting a <style> element without the CSP nonce, which the policy
 * blocks (a console error on every dialog). A fixed-position dialog looks the same anywhere.
 */
export const modalContainer = (): HTMLElement =>
  document.getElementById(MODAL_ROOT_ID) ?? document.body;
