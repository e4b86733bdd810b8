/**
 * Renderer entry: evaluates the first screen's code in two tasks instead of one. React and
 * react-dom first, then the app (boot.tsx) with Ant Design: the whole graph evaluated at once
 * was the longest task of the first load.
 */
void import('react-dom/client').then(() => import('./boot'));
