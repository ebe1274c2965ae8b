// TIBS wraps Camunda's webapps in its own shell: one login for the workspace and the webapps, and a way back.
// - A "Workspace" link in the webapp's header, next to where you are and who you are.
// - When the session has ended (logged out here or in the workspace), TIBS's login page instead of Camunda's own.
const LOGIN = '/login';
const WORKSPACE = '/workspace';

function toTibsLogin() {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace(LOGIN);
  }
}

function addWorkspaceLink() {
  const header = document.querySelector('[cam-widget-header] .navbar-header, .Header .navbar-header, .navbar-header');
  if (!header || document.querySelector('.tibs-workspace-link')) {
    return;
  }
  const link = document.createElement('a');
  link.className = 'tibs-workspace-link';
  link.href = WORKSPACE;
  link.textContent = '\u2190 TIBS workspace';
  header.appendChild(link);
}

toTibsLogin();
window.addEventListener('hashchange', toTibsLogin);
new MutationObserver(addWorkspaceLink).observe(document.body, {childList: true, subtree: true});
addWorkspaceLink();
