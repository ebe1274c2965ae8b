// TIBS wraps Camunda's webapps in its own shell: one login for the workspace and the webapps, and a way back.
// - A "Workspace" link in the webapp's header, next to where you are and who you are.
// - When the session has ended (logged out here or in the workspace), TIBS's login page instead of Camunda's own.
// - Tasklist opens on "My region's tasks" when nothing is assigned to you, rather than on an empty "My tasks".
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

const ENGINE_API = '/camunda/api/engine/engine/default';

async function openRegionWhenNothingAssigned() {
  const [path, query] = window.location.hash.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  // A link that names a filter (from an e-mail, a bookmark) says what to open; a link to a task keeps its task.
  if (!window.location.pathname.includes('/app/tasklist/') || params.has('filter')) {
    return;
  }
  const get = (resource) => fetch(ENGINE_API + resource, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)));
  const filters = await get('/filter?resourceType=Task');
  const mine = filters.find((filter) => filter.name === 'My tasks');
  const region = filters.find((filter) => filter.name === "My region's tasks");
  if (mine && region && (await get('/filter/' + mine.id + '/count')).count === 0) {
    params.set('filter', region.id);
    window.location.hash = '#' + (path || '/') + '?' + params;
  }
}

toTibsLogin();
openRegionWhenNothingAssigned().catch((problem) => console.warn('TIBS: no filter chosen', problem));
window.addEventListener('hashchange', toTibsLogin);
new MutationObserver(addWorkspaceLink).observe(document.body, {childList: true, subtree: true});
addWorkspaceLink();
