// The console's shell: sign-in, the menu for the officer's roles, the language switch, and the screens.
import { computed, createApp, nextTick, ref, watch } from './vue.js';
import { signOut, start } from './oidc.js';
import { language, setLanguage, t } from './i18n.js';
import { match, route } from './router.js';
import { AGENCY_ADMIN, AUDITOR, AUTHORITY, OFFICERS, OPERATOR, OVERSIGHT, can, signedIn, user } from './session.js';
import { Agencies, AgencyDetail, CodeListDetail, CodeListImport, CodeLists, ServiceDetail, Services, Systems } from './screens-registry.js';
import { AccessRequests, ConnectionRequests, Handover, OrgChanges, SecurityLevels } from './screens-procedures.js';
import { FeedbackRound, FeedbackRounds, Oversight, ReportDetail, Reports } from './screens-oversight.js';
import { Alerts, Audit, Exchanges, Home, IncidentDetail, Incidents, Maintenance, Notifications, Status } from './screens-operations.js';
import { AccessRights, SystemGroups } from './screens-access.js';
import { PeerDetail, Peers } from './screens-peers.js';
import { BackupDetail, Backups, PlatformMaintenance } from './screens-platform.js';

// Screens are reachable by address whatever the role (the API is the guard and answers a refusal in words);
// the menu offers each only to the roles its calls allow.
const ROUTES = [
  ['#/', Home],
  ['#/agencies', Agencies], ['#/agencies/:code', AgencyDetail],
  ['#/systems', Systems],
  ['#/services', Services], ['#/services/:id*', ServiceDetail],
  ['#/code-lists', CodeLists], ['#/code-lists/:code/import', CodeListImport], ['#/code-lists/:code', CodeListDetail],
  ['#/connection-requests', ConnectionRequests], ['#/security-levels', SecurityLevels],
  ['#/access-requests', AccessRequests], ['#/org-changes', OrgChanges], ['#/handover', Handover],
  ['#/exchanges', Exchanges], ['#/audit', Audit], ['#/maintenance', Maintenance], ['#/status', Status],
  ['#/alerts', Alerts], ['#/incidents', Incidents], ['#/incidents/:id', IncidentDetail], ['#/notifications', Notifications],
  ['#/reports', Reports], ['#/reports/:id', ReportDetail], ['#/oversight', Oversight],
  ['#/feedback-rounds', FeedbackRounds], ['#/feedback-rounds/:id', FeedbackRound],
  ['#/access-rights', AccessRights], ['#/system-groups', SystemGroups], ['#/peers', Peers], ['#/peers/:instance', PeerDetail],
  ['#/backups', Backups], ['#/backups/:id', BackupDetail], ['#/maintenance-windows', PlatformMaintenance],
];

const MENU = [
  ['#/', 'nav.home', OFFICERS],
  ['#/agencies/:own', 'nav.myAgency', [AGENCY_ADMIN]],
  ['#/connection-requests', 'nav.connectionRequests', OFFICERS],
  ['#/security-levels', 'nav.securityLevels', OVERSIGHT],
  ['#/access-requests', 'nav.accessRequests', OFFICERS],
  ['#/access-rights', 'nav.accessRights', OFFICERS],
  ['#/system-groups', 'nav.systemGroups', OFFICERS],
  ['#/org-changes', 'nav.orgChanges', OFFICERS],
  ['#/oversight', 'nav.oversight', OVERSIGHT],
  ['#/reports', 'nav.reports', OVERSIGHT],
  ['#/feedback-rounds', 'nav.feedback', OFFICERS],
  ['#/agencies', 'nav.agencies', OFFICERS],
  ['#/systems', 'nav.systems', OFFICERS],
  ['#/services', 'nav.services', OFFICERS],
  ['#/peers', 'nav.peers', OVERSIGHT],
  ['#/code-lists', 'nav.codeLists', OFFICERS],
  ['#/status', 'nav.status', OFFICERS],
  ['#/alerts', 'nav.alerts', OFFICERS],
  ['#/incidents', 'nav.incidents', OFFICERS],
  ['#/maintenance', 'nav.maintenance', OFFICERS],
  ['#/maintenance-windows', 'nav.platformMaintenance', OFFICERS],
  ['#/exchanges', 'nav.exchanges', OFFICERS],
  ['#/audit', 'nav.audit', OFFICERS],
  ['#/backups', 'nav.backups', [OPERATOR, AUDITOR]],
  ['#/notifications', 'nav.notifications', OFFICERS],
];

const NotFound = { setup: () => ({ t }), template: `<p>{{ t('app.notFound') }}</p>` };

const Shell = {
  setup() {
    const ready = ref(false);
    const failure = ref('');
    // Signing in puts back the screen the officer had asked for (history.replaceState fires no hashchange).
    // The mark is the first screen's time as the browser measures it (docs/performance.md, "The console").
    start(language.value).then(claims => {
      signedIn(claims); route.value = location.hash || '#/'; ready.value = true;
      nextTick(() => performance.mark('lgsp-first-screen'));
    },
      e => { failure.value = t('app.signInFailed', e.message); });
    const current = computed(() => {
      const path = route.value.split('?')[0];
      for (const [pattern, component] of ROUTES) {
        const params = match(pattern, path);
        if (params) {
          const query = Object.fromEntries(new URLSearchParams(route.value.split('?')[1] || ''));
          return { component, params: { ...query, ...params } };
        }
      }
      return { component: NotFound, params: {} };
    });
    // On a phone the menu is folded behind one button, so a screen starts at its top; choosing a screen folds it again.
    const menuOpen = ref(false);
    watch(route, () => { window.scrollTo(0, 0); menuOpen.value = false; });
    const menu = computed(() => MENU.filter(([, , roles]) => can(roles))
      .map(([hash, key]) => ({ hash: hash.replace(':own', user.agency), label: t(key) })));
    const roleNames = computed(() => user.roles.map(r => t('role.' + r, user.agency)).join(', '));
    const toggle = () => setLanguage(language.value === 'vi' ? 'en' : 'vi');
    const isCurrent = hash => (route.value === hash || (hash !== '#/' && route.value.startsWith(hash + '/'))) ? 'page' : null;
    return { ready, failure, current, menu, menuOpen, roleNames, toggle, signOut, user, route, language, isCurrent, t };
  },
  template: `
    <a class="skip" href="#main" @click.prevent="$refs.main && $refs.main.focus()">{{ t('app.skip') }}</a>
    <header class="top">
      <span class="brand">{{ t('app.title') }}</span>
      <span v-if="ready" class="who" id="who">{{ user.name }} · {{ roleNames }}</span>
      <button type="button" class="link" id="language" @click="toggle" :lang="language === 'vi' ? 'en' : 'vi'">{{ t('app.language') }}</button>
      <button v-if="ready" type="button" class="link" id="sign-out" @click="signOut">{{ t('app.signOut') }}</button>
    </header>
    <p v-if="failure" class="problem" role="alert">{{ failure }}</p>
    <p v-else-if="!ready" class="loading" role="status">{{ t('app.signingIn') }}</p>
    <div v-else class="layout">
      <nav class="menu" :class="{ open: menuOpen }" :aria-label="t('app.menu')">
        <button type="button" class="menu-toggle" id="menu-toggle" :aria-expanded="String(menuOpen)" aria-controls="menu-items"
          @click="menuOpen = !menuOpen">☰ {{ t('app.menu') }}</button>
        <ul id="menu-items"><li v-for="m in menu"><a :href="m.hash" :aria-current="isCurrent(m.hash)">{{ m.label }}</a></li></ul>
      </nav>
      <main id="main" ref="main" tabindex="-1" :data-route="route">
        <component :is="current.component" :params="current.params" :key="route + language"/>
      </main>
    </div>`,
};

createApp(Shell).mount('#app');
