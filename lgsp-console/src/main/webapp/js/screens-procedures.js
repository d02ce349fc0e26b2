// The procedures of the regulation that wait on someone: connection requests (Quy chế Đ.12), security levels,
// access requests (five working days, then the authority), organisational changes — and the one-time
// handover of a new system's client secret.
import { computed, markRaw, ref } from './vue.js';
import { OrgChangeBuilder } from './org-change-builder.js';
import { api } from './api.js';
import { date, dateTime, t } from './i18n.js';
import { ListScreen } from './list-screen.js';
import { AGENCY_ADMIN, AUTHORITY, OPERATOR, handover, user, can } from './session.js';

const status = s => t('status.' + s);
const overdueCls = row => (row.overdue ? 'overdue' : null);
const dueColumn = { label: t('col.due'), value: r => date(r.dueDate) + (r.overdue ? ' · ' + t('col.overdue') : ''), cls: overdueCls };
const remark = (name, required) => () => [{ name, label: t(name === 'reason' ? 'f.reason' : 'f.note'), type: 'textarea', required }];
const post = path => (row, body) => api.post(path(row), body);

export const ConnectionRequests = {
  components: { ListScreen },
  setup() {
    const config = {
      title: t('nav.connectionRequests'),
      path: '/admin/v1/connection-requests',
      query: can([AUTHORITY]) ? { status: 'CHECKED' } : can([OPERATOR]) ? { status: 'SUBMITTED' } : {},
      filters: [
        { name: 'status', label: t('col.status'), options: ['SUBMITTED', 'CHECKED', 'APPROVED', 'REFUSED'].map(v => ({ value: v, label: status(v) })) },
        { name: 'overdue', label: t('f.overdue'), options: [{ value: 'true', label: t('field.yes') }] },
      ],
      rowTitle: r => '#' + r.id + ' ' + r.system,
      columns: [
        { label: t('col.id'), value: r => r.id },
        { label: t('col.system'), value: r => r.system },
        { label: t('col.kind'), value: r => r.kind },
        { label: t('col.purpose'), value: r => r.purpose },
        { label: t('col.submitted'), value: r => dateTime(r.submittedAt) + ' · ' + (r.submittedBy || '') },
        dueColumn,
        { label: t('col.status'), value: r => status(r.status) + (r.refusalReason ? ': ' + r.refusalReason : '') },
      ],
      actions: [
        { id: 'check', label: t('conn.check'), roles: [OPERATOR], when: r => r.status === 'SUBMITTED', fields: remark('note'),
          run: post(r => `/admin/v1/connection-requests/${r.id}/check`) },
        { id: 'approve', label: t('conn.approve'), roles: [AUTHORITY], when: r => r.status === 'CHECKED',
          run: post(r => `/admin/v1/connection-requests/${r.id}/approve`) },
        { id: 'refuse', label: t('conn.refuse'), roles: [AUTHORITY], when: r => r.status === 'CHECKED', fields: remark('reason', true),
          run: post(r => `/admin/v1/connection-requests/${r.id}/refuse`) },
      ],
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

/** A system's security level awaiting the authority (systems whose declaration is PENDING). */
export const SecurityLevels = {
  components: { ListScreen },
  setup() {
    const config = {
      title: t('nav.securityLevels'),
      path: '/api/v1/systems',
      // The API lists every system; the declarations awaiting verification are found among all of them.
      whole: true,
      transform: systems => systems.filter(s => s.securityStatus === 'PENDING'),
      rowTitle: s => s.identifier,
      columns: [
        { label: t('col.system'), value: s => s.identifier + ' — ' + s.name },
        { label: t('col.level'), value: s => s.securityLevel },
        { label: t('col.decision'), value: s => [s.securityDecisionNumber, date(s.securityDecisionDate), s.securityApprover].filter(Boolean).join(' · ') },
        { label: t('f.documentRef'), value: s => s.securityDocumentRef || '' },
      ],
      actions: [
        { id: 'approve', label: t('systems.approveLevel'), roles: [AUTHORITY],
          run: post(s => `/admin/v1/systems/${s.agencyCode}/${s.systemCode}/security-level/approve`) },
        { id: 'refuse', label: t('systems.refuseLevel'), roles: [AUTHORITY], fields: remark('reason', true),
          run: post(s => `/admin/v1/systems/${s.agencyCode}/${s.systemCode}/security-level/refuse`) },
      ],
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

/**
 * Access requests. Two flows are read from what the API answers: a request that carries `consent` is decided by
 * the authority after the provider's consent (or dissent); one without it is answered by the provider itself.
 */
export const AccessRequests = {
  components: { ListScreen },
  setup() {
    const mine = r => can([OPERATOR]) || (can([AGENCY_ADMIN]) && r.consumer.startsWith(user.agency + '/'));
    // a national service has no provider agency in the city: nobody consents, the authority decides it directly
    const provider = r => !r.national && can([AGENCY_ADMIN]) && r.service.startsWith(user.agency + '/');
    const open = r => ['SUBMITTED', 'ESCALATED', 'CONSENTED', 'DISSENTED'].includes(r.status);
    // Quy chế Đ.13.2, Đ.9.4: the provider's agency consents or not; the authority decides, at any time while open
    // (the operator only where the platform is configured to act for it: the API refuses it otherwise).
    const decides = r => open(r) && can([AUTHORITY]);
    const answersConsent = r => provider(r) && ['SUBMITTED', 'ESCALATED'].includes(r.status);
    const config = {
      title: t('nav.accessRequests'),
      path: '/admin/v1/access-requests',
      filters: [{ name: 'status', label: t('col.status'),
        options: ['SUBMITTED', 'ESCALATED', 'CONSENTED', 'DISSENTED', 'APPROVED', 'REFUSED', 'WITHDRAWN'].map(v => ({ value: v, label: status(v) })) }],
      rowTitle: r => '#' + r.id + ' ' + r.consumer + ' → ' + r.service,
      columns: [
        { label: t('col.id'), value: r => r.id },
        { label: t('col.consumer'), value: r => r.consumer },
        { label: t('col.service'), value: r => r.service + (r.operation ? ' · ' + r.operation : '')
          + (r.national ? ' · ' + t('access.national') : '') },
        { label: t('col.purpose'), value: r => r.purpose + ' (' + r.legalBasis + ')' },
        { label: t('col.submitted'), value: r => dateTime(r.submittedAt) },
        dueColumn,
        { label: t('col.status'), value: r => status(r.status) + (r.refusalReason ? ': ' + r.refusalReason : '')
          + (r.consent && r.consent.note ? ' · ' + r.consent.note : '') },
      ],
      actions: [
        { id: 'consent', label: t('access.consent'), fields: remark('note'), roles: [AGENCY_ADMIN], when: answersConsent,
          run: post(r => `/admin/v1/access-requests/${r.id}/consent`) },
        { id: 'dissent', label: t('access.dissent'), fields: remark('reason', true), roles: [AGENCY_ADMIN], when: answersConsent,
          run: post(r => `/admin/v1/access-requests/${r.id}/dissent`) },
        { id: 'approve', label: t('access.approve'), fields: remark('note'), roles: [AUTHORITY], when: decides,
          run: post(r => `/admin/v1/access-requests/${r.id}/approve`) },
        { id: 'refuse', label: t('access.refuse'), fields: remark('reason', true), roles: [AUTHORITY], when: decides,
          run: post(r => `/admin/v1/access-requests/${r.id}/refuse`) },
        { id: 'withdraw', label: t('access.withdraw'), roles: [OPERATOR, AGENCY_ADMIN], when: r => open(r) && mine(r),
          run: post(r => `/admin/v1/access-requests/${r.id}/withdraw`) },
      ],
      create: {
        label: t('access.file'), roles: [OPERATOR, AGENCY_ADMIN],
        fields: () => [
          { name: 'consumer', label: t('f.consumer'), required: true, value: user.agency ? user.agency + '/' : '' },
          { name: 'service', label: t('f.requestedService'), required: true },
          { name: 'operation', label: t('f.operation') },
          { name: 'purpose', label: t('f.purpose'), type: 'textarea', required: true },
          { name: 'legalBasis', label: t('f.legalBasis'), required: true },
          { name: 'dataFields', label: t('f.dataFields'), type: 'list', required: true },
          { name: 'frequency', label: t('f.frequency'), required: true },
          { name: 'wantedUntil', label: t('f.wantedUntil'), type: 'date' },
        ],
        run: body => api.post('/admin/v1/access-requests', body),
      },
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

/**
 * Organisational changes: filed by the agency, checked by the operator, submitted by the authority and approved with
 * the Chairman's decision (FILED → CHECKED → SUBMITTED → APPROVED → APPLIED on the effective date). Each step is
 * offered where the status allows it.
 */
export const OrgChanges = {
  components: { ListScreen },
  setup() {
    const config = {
      title: t('nav.orgChanges'),
      path: '/admin/v1/org-changes',
      filters: [{ name: 'status', label: t('col.status'),
        options: ['FILED', 'CHECKED', 'SUBMITTED', 'APPROVED', 'APPLIED', 'REFUSED', 'RETURNED', 'WITHDRAWN'].map(v => ({ value: v, label: status(v) })) }],
      rowTitle: r => '#' + r.id + ' ' + r.kind,
      columns: [
        { label: t('col.id'), value: r => r.id },
        { label: t('col.kind'), value: r => r.kind },
        { label: t('org.predecessors'), value: r => (r.details.predecessors || []).join(', ') },
        { label: t('agencies.successors'), value: r => (r.details.successors || []).map(s => s.code + ' ' + s.name).join('; ') || r.details.newName || r.details.dutiesTo || '' },
        { label: t('org.effective'), value: r => date(r.effectiveDate) + (r.decisionNumber ? ' · ' + r.decisionNumber : '') },
        { label: t('col.status'), value: r => status(r.status) + (r.refusalReason ? ': ' + r.refusalReason : '') + (r.applyError ? ' · ' + r.applyError : '') },
      ],
      actions: [
        { id: 'check', label: t('conn.check'), roles: [OPERATOR], when: r => r.status === 'FILED', fields: remark('note'),
          run: post(r => `/admin/v1/org-changes/${r.id}/check`) },
        { id: 'return', label: t('org.return'), roles: [OPERATOR], when: r => r.status === 'FILED', fields: remark('reason', true),
          run: post(r => `/admin/v1/org-changes/${r.id}/return`) },
        { id: 'submit', label: t('org.submit'), roles: [AUTHORITY], when: r => r.status === 'CHECKED', fields: remark('note'),
          run: post(r => `/admin/v1/org-changes/${r.id}/submit`) },
        { id: 'decide', label: t('org.approve'), roles: [AUTHORITY], when: r => r.status === 'SUBMITTED',
          fields: r => [
            { name: 'decisionNumber', label: t('f.decisionNumber'), required: true },
            { name: 'decisionDate', label: t('f.decisionDate'), type: 'date', required: true },
            { name: 'effectiveDate', label: t('org.effective'), type: 'date', value: r.effectiveDate },
            { name: 'note', label: t('f.note'), type: 'textarea' },
          ],
          run: post(r => `/admin/v1/org-changes/${r.id}/approve`) },
        { id: 'refuse', label: t('org.refuse'), roles: [AUTHORITY], when: r => ['CHECKED', 'SUBMITTED'].includes(r.status),
          fields: remark('reason', true), run: post(r => `/admin/v1/org-changes/${r.id}/refuse`) },
        { id: 'withdraw', label: t('access.withdraw'), roles: [AGENCY_ADMIN], when: r => ['FILED', 'CHECKED'].includes(r.status),
          run: post(r => `/admin/v1/org-changes/${r.id}/withdraw`) },
      ],
      create: { label: t('org.propose'), roles: [AGENCY_ADMIN], component: markRaw(OrgChangeBuilder) },
    };
    return { config };
  },
  template: `<ListScreen :config="config"/>`,
};

/**
 * The new system's client secret, shown once: taken out of memory as this screen opens, so leaving it (or
 * reloading) loses it for good. Never put in the address, storage or the console's log.
 */
export const Handover = {
  setup() {
    const given = handover.value;
    handover.value = null;
    const copied = ref(false);
    const shown = ref(given);
    async function copy() {
      await navigator.clipboard.writeText(given.secret).catch(() => {
        const field = document.getElementById('client-secret');
        field.select();
        document.execCommand('copy');
      });
      copied.value = true;
    }
    function forget() {
      shown.value = null;
      location.hash = '#/connection-requests';
    }
    return { shown, copy, copied, forget, t };
  },
  template: `
    <section class="handover">
      <h1>{{ t('secret.title') }}</h1>
      <template v-if="shown">
        <p>{{ t('secret.intro', shown.system) }}</p>
        <p class="secret-row"><label for="client-id">{{ t('secret.clientId') }}</label>
          <input id="client-id" readonly :value="shown.clientId"></p>
        <p class="secret-row"><label for="client-secret">Client secret</label>
          <input id="client-secret" readonly :value="shown.secret" autocomplete="off" spellcheck="false">
          <button type="button" class="primary" id="copy-secret" @click="copy">{{ t('secret.copy') }}</button>
          <span v-if="copied" role="status">{{ t('secret.copied') }}</span></p>
        <p class="warning" role="alert">{{ t('secret.warning') }}</p>
        <button type="button" @click="forget">{{ t('secret.done') }}</button>
      </template>
      <p v-else class="notice">{{ t('secret.gone') }}</p>
    </section>`,
};
