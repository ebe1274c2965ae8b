// TIBS: Camunda's defaults, plus the TIBS shell (a link back to the workspace, TIBS's one login page).
export default {
  customScripts: ['../tibs-shell']
};
